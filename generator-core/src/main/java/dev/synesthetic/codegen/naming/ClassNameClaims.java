package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The top-level class names of one package, each with what claimed it. Names are compared ignoring
 * case: two files differing only in case overwrite each other on macOS and Windows file systems.
 */
final class ClassNameClaims {
    /** @param location the schema the class comes from; null for a runtime class */
    private record Claim(String name, String what, SourceLocation location) {
        String describe() {
            return "'" + name + "', " + what + (location == null ? "" : " " + location);
        }
    }

    private final Diagnostics diagnostics;
    private final Map<String, Claim> taken = new TreeMap<>();

    ClassNameClaims(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Takes a name that cannot be moved: a runtime class. */
    void runtime(String name) {
        taken.putIfAbsent(key(name), new Claim(name, "the runtime class emitted into the package", null));
    }

    /**
     * Takes a record, enum or union name. These are already unique among themselves (the type namer
     * resolves or reports their clashes), so only a clash with a runtime class is reported here.
     */
    void type(String name, SourceLocation location) {
        Claim holder = taken.get(key(name));
        if (holder == null) {
            taken.put(key(name), new Claim(name, "the type generated from", location));
        } else if (holder.location() == null) {
            report(new Claim(name, "the type generated from", location), holder);
        }
    }

    /**
     * Takes {@code name} for the class {@code what} says ("the validator of", followed by the
     * location), or reports the clash at {@code location}.
     */
    void claim(String name, String what, SourceLocation location) {
        Claim claim = new Claim(name, what, location);
        Claim holder = taken.putIfAbsent(key(name), claim);
        if (holder != null) {
            report(claim, holder);
        }
    }

    private void report(Claim claim, Claim holder) {
        diagnostics.error(
                DiagnosticCode.NAME_COLLISION,
                claim.location(),
                "the Java class " + claim.describe() + ", clashes with " + holder.describe()
                        + (holder.name().equals(claim.name()) ? "" : " (class names differing only in case clash)"),
                "Rename one of the schemas (its file name or title) so the two classes get different names.");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
