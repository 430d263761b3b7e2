package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.JsonType;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.Optional;

/**
 * {@code type}: a scalar (string, date-time string, integer, number, boolean) with its
 * constraints; {@code array} and {@code object} go to their shapes, a type list to a union.
 */
final class ScalarShape implements Shape {
    /** The one {@code format} with a Java type of its own. */
    private static final String DATE_TIME = "date-time";

    private final Analysis analysis;
    private final Shape objects;
    private final Shape arrays;
    private final UnionShape unions;

    ScalarShape(Analysis analysis, Shape objects, Shape arrays, UnionShape unions) {
        this.analysis = analysis;
        this.objects = objects;
        this.arrays = arrays;
        this.unions = unions;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode type = Keywords.TYPE.valueIn(node.json());
        if (type.isArray()) {
            return unions.typeList(node, type, this::kind);
        }
        if (!type.isTextual()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    Keywords.TYPE.at(loc),
                    "'type' must be a string or an array of strings",
                    "Use one of string, integer, number, boolean, array, object, null (or an array of them).");
            return Analysis.anyValue(loc);
        }
        if (type.textValue().equals(JsonType.NULL.jsonName())) {
            return Analysis.onlyNull(loc);
        }
        return kind(node, type.textValue());
    }

    /** The type of one non-null type name. */
    private TypeRef kind(SchemaNode node, String name) {
        SourceLocation loc = node.location();
        Optional<JsonType> type = JsonType.named(name).filter(t -> t != JsonType.NULL);
        if (type.isEmpty()) {
            JsonType.unknown(name, Keywords.TYPE.at(loc), analysis.diagnostics);
            return Analysis.anyValue(loc);
        }
        return switch (type.get()) {
            case STRING ->
                scalar(
                        node,
                        DATE_TIME.equals(Keywords.FORMAT.pathIn(node.json()).asText())
                                ? ScalarKind.DATE_TIME
                                : ScalarKind.STRING);
            case INTEGER -> scalar(node, ScalarKind.INTEGER);
            case NUMBER -> scalar(node, ScalarKind.NUMBER);
            case BOOLEAN -> scalar(node, ScalarKind.BOOLEAN);
            case ARRAY -> arrays.of(node);
            case OBJECT -> objects.of(node);
            case NULL -> Analysis.anyValue(loc); // filtered out above
        };
    }

    private TypeRef scalar(SchemaNode node, ScalarKind kind) {
        SourceLocation loc = node.location();
        return new TypeRef.Scalar(kind, analysis.constraints.read(node.json(), loc, analysis.draftOf(loc)), loc);
    }
}
