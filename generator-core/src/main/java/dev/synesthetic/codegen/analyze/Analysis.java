package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.NameHint;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one model build, shared by the shape units: each schema location is analysed once
 * (memoised), so a schema reached by two paths is one type; schemas under analysis are tracked to
 * tell recursion through a named type from a cycle, and to bound the depth.
 */
final class Analysis {
    /** Records cannot express every keyword; the validators can, without records. */
    static final String VALIDATORS_ONLY =
            "Validators honour it: generate them alone with --validators-only (plugin: validatorsOnly).";

    final SchemaIndex index;
    final RefResolver resolver;
    final Diagnostics diagnostics;
    final Map<String, SchemaDocument> documents = new HashMap<>();
    final Map<SourceLocation, TypeDecl> declared = new HashMap<>();
    /** Schemas being analysed, in order: meeting one again means recursion. */
    final Set<SourceLocation> visiting = new LinkedHashSet<>();
    /** Objects being analysed: recursion into them is fine, they will have a name. */
    final Set<SourceLocation> planned = new HashSet<>();
    /** Unions met recursively before they were known to be unions; checked when they finish. */
    final Set<SourceLocation> promised = new HashSet<>();
    /** Schemas met again through a record on the loop: their placeholders become their finished types. */
    final Set<SourceLocation> deferred = new HashSet<>();

    final ConstraintReader constraints;
    final UnionNormalizer unions = new UnionNormalizer();
    private final Map<SourceLocation, TypeRef> memo = new HashMap<>();
    private final SchemaShapes shapes = new SchemaShapes(this);
    /** Set once {@link ModelBuilder#MAX_DEPTH} was reached: the run fails, so nothing more is analysed. */
    private boolean tooDeep;

    Analysis(SchemaIndex index, RefResolver resolver, Diagnostics diagnostics) {
        this.index = index;
        this.resolver = resolver;
        this.diagnostics = diagnostics;
        this.constraints = new ConstraintReader(diagnostics);
    }

    TypeRef typeOf(SchemaNode node) {
        SourceLocation loc = node.location();
        TypeRef known = memo.get(loc);
        if (known != null) {
            return known;
        }
        if (visiting.contains(loc)) {
            return Recursion.typeOf(this, node);
        }
        if (tooDeep || visiting.size() >= ModelBuilder.MAX_DEPTH) {
            if (!tooDeep) {
                tooDeep = true;
                diagnostics.error(
                        DiagnosticCode.LIMIT_EXCEEDED,
                        loc,
                        "schemas nest more than " + ModelBuilder.MAX_DEPTH
                                + " deep here (nesting and $ref hops counted together)," + " starting at "
                                + visiting.iterator().next(),
                        "Shorten the $ref chain or the nesting; a chain of aliases can refer to its end directly.");
            }
            return anyValue(loc);
        }
        visiting.add(loc);
        TypeRef result = shapes.analyze(node);
        visiting.remove(loc);
        if (promised.contains(loc) && !declared.containsKey(loc) && result.nonNull() instanceof TypeRef.MapOf map) {
            // A map whose values are itself has no Java type without a name: declare an object whose
            // members are all "additional".
            declared.put(
                    loc,
                    new TypeDecl.ObjectDecl(
                            loc,
                            hint(loc),
                            DocReader.doc(node.json()),
                            List.of(),
                            new AdditionalProperties.Typed(map.value()),
                            loc.pointer().isRoot()));
            TypeRef named = new TypeRef.Named(loc, loc);
            result = result.isNullable() ? new TypeRef.Nullable(named, loc) : named;
        }
        if (promised.contains(loc) && !declared.containsKey(loc)) {
            diagnostics.error(
                    DiagnosticCode.REF_CYCLE,
                    loc,
                    "this schema refers to itself through $ref/anyOf with no object or union in between",
                    "Break the loop: a schema can only contain itself through an object with properties (a record).");
        }
        memo.put(loc, result);
        return result;
    }

    /** The type {@code loc} analysed to, once it has finished. */
    TypeRef finished(SourceLocation loc) {
        return memo.get(loc);
    }

    /** The subschema at {@code keyword}/{@code tokens…} of {@code parent}, with its base URI. */
    SchemaNode child(SchemaNode parent, Keyword keyword, String... tokens) {
        JsonNode json = keyword.valueIn(parent.json());
        SourceLocation loc = keyword.at(parent.location());
        for (String token : tokens) {
            json = json.get(token);
            loc = loc.child(token);
        }
        return new SchemaNode(json, loc, index.baseAt(loc, parent.baseUri()));
    }

    /** Declares {@code decl} at its location and returns a reference to it, nullable if asked. */
    TypeRef declare(TypeDecl decl, boolean nullable) {
        SourceLocation loc = decl.location();
        declared.put(loc, decl);
        TypeRef named = new TypeRef.Named(loc, loc);
        return nullable ? new TypeRef.Nullable(named, loc) : named;
    }

    Draft draftOf(SourceLocation loc) {
        return documents.get(loc.file()).draft();
    }

    NameHint hint(SourceLocation loc) {
        SchemaDocument document = documents.get(loc.file());
        return NameHints.of(loc, document.root(), loc.file());
    }

    /**
     * A schema that allows only JSON null ({@code "type": "null"}): {@code @Nullable Object}, so the
     * member binds and writes back as null (absent stays absent); any other value is the
     * validator's to reject.
     */
    static TypeRef onlyNull(SourceLocation loc) {
        return anyValue(loc);
    }

    static TypeRef anyValue(SourceLocation loc) {
        return new TypeRef.Nullable(new TypeRef.Any(false, loc), loc);
    }
}
