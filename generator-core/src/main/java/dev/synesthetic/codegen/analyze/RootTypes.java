package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.NameHint;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.JsonType;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Decides the Java type of each file's root schema, so every document has one to bind to:
 * <ul>
 *   <li>a declared type (record, enum, union) is its own root type, also when the root is a bare
 *       {@code $ref} to it: one schema is one type, and an alias would only add a {@code value()}
 *       hop to every use;</li>
 *   <li>anything else with a shape (an array, a map, a scalar, a free-form object) is declared here
 *       as a {@link TypeDecl.ValueDecl} holding that value, named like any root;</li>
 *   <li>a root that constrains nothing is a container of definitions when it has any (its types
 *       are theirs), else an error: a file never passes without a type.</li>
 * </ul>
 */
final class RootTypes {
    private final Map<SourceLocation, TypeDecl> declared;
    private final Diagnostics diagnostics;
    private final SortedMap<String, SourceLocation> roots = new TreeMap<>();

    RootTypes(Map<SourceLocation, TypeDecl> declared, Diagnostics diagnostics) {
        this.declared = declared;
        this.diagnostics = diagnostics;
    }

    /** Records the root type of the file whose root schema {@code json} analysed to {@code type}. */
    void add(String file, JsonNode json, TypeRef type, NameHint hint) {
        SourceLocation root = SourceLocation.root(file);
        TypeRef shape = type.nonNull();
        if (shape instanceof TypeRef.Named named) {
            // A nullable root of a declared type (type: ["object", "null"]) binds to that type; a JSON
            // null document is then unbindable (a reader reports it), which beats a second type.
            roots.put(file, named.declaration());
        } else if (!(shape instanceof TypeRef.Any any) || any.objectOnly() || onlyNull(json)) {
            declared.put(root, new TypeDecl.ValueDecl(root, hint, DocReader.doc(json), type));
            roots.put(file, root);
        } else if (!definesAny(json) && !hasErrors(file)) {
            diagnostics.error(
                    DiagnosticCode.ROOT_WITHOUT_TYPE,
                    root,
                    file
                            + ": the root schema accepts any value and the file has no definitions, so it has no Java type",
                    "Give the root a type (\"type\": \"object\" with properties, an array, ...), or generate validators alone"
                            + " (--validators-only; plugin: validatorsOnly).");
        }
    }

    /** File → location of its root's declared type. */
    SortedMap<String, SourceLocation> roots() {
        return roots;
    }

    /** {@code type: "null"}, {@code const: null} or an enum of nulls: a value type, like any scalar root. */
    private static boolean onlyNull(JsonNode json) {
        JsonNode enumValues = Keywords.ENUM.pathIn(json);
        return Keywords.TYPE.pathIn(json).asText("").equals(JsonType.NULL.jsonName())
                || (Keywords.CONST.isIn(json) && Keywords.CONST.pathIn(json).isNull())
                || (enumValues.isArray() && !enumValues.isEmpty() && allNull(enumValues));
    }

    private static boolean allNull(JsonNode values) {
        for (JsonNode value : values) {
            if (!value.isNull()) {
                return false;
            }
        }
        return true;
    }

    private static boolean definesAny(JsonNode json) {
        return Keywords.definitionContainers().stream()
                .anyMatch(k -> k.pathIn(json).size() > 0);
    }

    /** A root already reported as broken needs no second error. */
    private boolean hasErrors(String file) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.isError() && d.location().map(l -> l.file().equals(file)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
