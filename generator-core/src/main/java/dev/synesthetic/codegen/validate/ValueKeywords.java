package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Map;

/** Readers for {@code type}, {@code enum} and {@code const}. */
final class ValueKeywords {
  private static final Map<String, Integer> TYPES = Map.of(
      "null", ValueChecks.NULL, "boolean", ValueChecks.BOOLEAN, "object", ValueChecks.OBJECT,
      "array", ValueChecks.ARRAY, "number", ValueChecks.NUMBER, "string", ValueChecks.STRING,
      "integer", ValueChecks.INTEGER);

  private ValueKeywords() {}

  static void type(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    int mask = 0;
    for (JsonNode name : value.isArray() ? value : List.of(value)) {
      Integer bit = name.isTextual() ? TYPES.get(name.textValue()) : null;
      if (bit == null) {
        schema.invalid(at, "unknown type " + name + "; expected one of " + String.join(", ", TYPES.keySet().stream().sorted().toList()));
        return;
      }
      mask |= bit;
    }
    out.add(new ValueChecks.Type(at, mask));
  }

  static void enumeration(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isArray()) {
      schema.invalid(at, "enum must be an array");
      return;
    }
    out.add(new ValueChecks.Enum(at, value.toString()));
  }

  static void constant(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    out.add(new ValueChecks.Const(at, value.toString()));
  }
}
