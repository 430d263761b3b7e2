package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.ValueChecks;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.support.JsonTrees;
import java.util.List;

/**
 * Validator readers for {@code type}, {@code enum} and {@code const}. The values' JSON text comes from
 * {@link JsonTrees} (the same text as {@code JsonNode.toString()}, which would first build a whole
 * {@code ObjectMapper}: ~5% of a short run).
 */
final class ValueKeywords {
    private ValueKeywords() {}

    static void type(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        int mask = 0;
        for (JsonNode name : value.isArray() ? value : List.of(value)) {
            if (!name.isTextual()) {
                KeywordValues.invalid(at, "a string or an array of strings", schema.diagnostics());
                return;
            }
            JsonType type = JsonType.named(name.textValue()).orElse(null);
            if (type == null) {
                JsonType.unknown(name.textValue(), at, schema.diagnostics());
                return;
            }
            mask |= type.bit();
        }
        out.add(new ValueChecks.Type(at, mask));
    }

    static void enumeration(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        if (!value.isArray()) {
            KeywordValues.invalid(at, "an array", schema.diagnostics());
            return;
        }
        out.add(new ValueChecks.Enum(at, JsonTrees.write(value, false)));
    }

    static void constant(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        out.add(new ValueChecks.Const(at, JsonTrees.write(value, false)));
    }
}
