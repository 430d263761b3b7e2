package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.NameHint;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides the Java name of every declared type. Names given by the schema author (a root's usable
 * title or file name, {@link RootTitles}; a {@code $defs} key) are reserved first; names derived from
 * an owner (owner name + property) come after and give way on a clash, by adding the kind of type and
 * then a number. Every name is capped at {@link #MAX_LENGTH} characters ({@link ShortNames}).
 * Everything runs in schema-location order, so the result never depends on file or map order.
 * Names are compared ignoring case, because two files differing only in case clash on macOS and
 * Windows.
 */
final class TypeNamer {
    /**
     * Simple names a generated type must not take: every public java.lang type (which it would
     * shadow in its package), every type the generated code imports ({@link GeneratedImports}) and
     * the classes emitted beside the records ({@link RuntimeClasses#RECORDS}). A type wanting one of
     * them takes a longer name (JsonValues → JsonValuesObject); the validator and reader runtime is
     * checked by {@link CompanionNamer}, since only runs emitting it may not take those names.
     */
    static final Set<String> RESERVED = reservedNames();

    private static Set<String> reservedNames() {
        Set<String> names = new java.util.TreeSet<>(GeneratedImports.simpleNames());
        names.addAll(RuntimeClasses.RECORDS);
        try (java.io.InputStream in = TypeNamer.class.getResourceAsStream("java-lang-names.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("java-lang-names.txt is missing from the generator jar", e);
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /** The longest class name generated for a type. */
    static final int MAX_LENGTH = 48;

    private final SchemaModel model;
    private final Diagnostics diagnostics;
    private final Map<SourceLocation, String> names = new HashMap<>();
    /** Lower-cased name → the location holding it. */
    private final Map<String, SourceLocation> taken = new TreeMap<>();

    TypeNamer(SchemaModel model, Diagnostics diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    Map<SourceLocation, String> nameAll() {
        // Roots first: they are the corpus's entry points and keep their names when a $defs key clashes.
        for (TypeDecl decl : model.declarations()) {
            if (decl.nameHint() instanceof NameHint.Root) {
                reserveGiven(decl);
            }
        }
        for (TypeDecl decl : model.declarations()) {
            if (decl.nameHint() instanceof NameHint.Definition) {
                reserveGiven(decl);
            }
        }
        for (TypeDecl decl : model.declarations()) {
            name(decl.location());
        }
        return Map.copyOf(names);
    }

    private void reserveGiven(TypeDecl decl) {
        String wanted = unshadowed(given(decl.nameHint()), decl);
        String base = ShortNames.fit(wanted, "");
        SourceLocation holder = taken.get(key(base));
        if (holder == null) {
            take(base, decl.location());
            return;
        }
        // A clash falls back to a name qualified by the file: a root to its file name, a $defs entry to
        // file name + key (rule-bundle.schema.json#/$defs/Rule beside rule.schema.json -> RuleBundleRule).
        String fileName =
                Identifiers.pascal(pathWithoutExtension(decl.location().file()));
        String qualified = unshadowed(decl.nameHint() instanceof NameHint.Root ? fileName : fileName + wanted, decl);
        String candidate = ShortNames.fit(qualified, "");
        // Shortening, not the author, made the clash when a name was cut or a long title reduced to a
        // few words: a number tells them apart.
        boolean cut = !candidate.equals(qualified) || !base.equals(wanted) || titleReduced(decl.nameHint());
        for (int n = 2; cut && taken.containsKey(key(candidate)); n++) {
            candidate = ShortNames.fit(qualified, Integer.toString(n));
        }
        if (!taken.containsKey(key(candidate))) {
            take(candidate, decl.location());
            return;
        }
        diagnostics.error(
                DiagnosticCode.NAME_COLLISION,
                decl.location(),
                "the Java type name '" + base + "' is also wanted by " + holder,
                "Rename one of the two ($defs key or title) so their Java names differ.");
        names.put(decl.location(), base); // keep going so later stages can report more
    }

    private String name(SourceLocation location) {
        String known = names.get(location);
        if (known != null) {
            return known;
        }
        TypeDecl decl = model.type(location);
        NameHint.Derived derived = (NameHint.Derived) decl.nameHint();
        String part = Identifiers.pascalPart(derived.part());
        String wanted = unshadowed(name(derived.owner()) + part, decl);
        String candidate = ShortNames.fit(wanted, "");
        if (taken.containsKey(key(candidate))) {
            candidate = ShortNames.fit(wanted, kindWord(decl));
        }
        for (int n = 2; taken.containsKey(key(candidate)); n++) {
            candidate = ShortNames.fit(wanted, kindWord(decl) + n);
        }
        take(candidate, location);
        return candidate;
    }

    private static String kindWord(TypeDecl decl) {
        if (decl instanceof TypeDecl.ObjectDecl) {
            return "Object";
        }
        if (decl instanceof TypeDecl.ValueDecl) {
            return "Value";
        }
        if (decl instanceof TypeDecl.TupleDecl) {
            return "Tuple";
        }
        return decl instanceof TypeDecl.EnumDecl ? "Enum" : "Union";
    }

    private void take(String name, SourceLocation location) {
        names.put(location, name);
        taken.put(key(name), location);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether a root's name is a few words kept from a longer title (not the title as written). */
    private static boolean titleReduced(NameHint hint) {
        return hint instanceof NameHint.Root root
                && !root.title().isBlank()
                && !given(hint).equals(Identifiers.pascal(root.title()));
    }

    private static String given(NameHint hint) {
        if (hint instanceof NameHint.Root root) {
            return Identifiers.pascal(RootTitles.words(root.title(), root.fileName()));
        }
        return Identifiers.pascal(((NameHint.Definition) hint).key());
    }

    /** {@code sub/control.schema.json} → {@code sub/control}: folders tell same-named files apart. */
    static String pathWithoutExtension(String file) {
        String name = stripExtension(file);
        int slash = file.lastIndexOf('/');
        return slash < 0 ? name : file.substring(0, slash + 1) + name;
    }

    /** {@code sub/control.schema.json} → {@code control}. */
    static String stripExtension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        for (String suffix : List.of(".schema.json", ".json")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String unshadowed(String name, TypeDecl decl) {
        return RESERVED.contains(name) ? name + kindWord(decl) : name;
    }
}
