package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readers for the object keywords. Properties keep the schema's order: violations follow it. */
final class ObjectKeywords {
  private ObjectKeywords() {}

  static void required(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    names(schema, value, at).ifPresent(names -> {
      if (!names.isEmpty()) {
        out.add(new ObjectChecks.Required(at, names));
      }
    });
  }

  static void dependentRequired(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isObject()) {
      schema.invalid(at, "dependentRequired must be an object");
      return;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      names(schema, entry.getValue(), at.child(entry.getKey())).ifPresent(names ->
          out.add(new ObjectChecks.DependentRequired(at.child(entry.getKey()), entry.getKey(), names)));
    }
  }

  static void count(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    schema.count(value, at).ifPresent(limit -> out.add(new ObjectChecks.PropertyCount(at, limit)));
  }

  static void properties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    for (String name : keys(schema, value, at)) {
      out.add(new ObjectChecks.Property(at.child(name), name, schema.subschema("properties", name)));
    }
  }

  static void patternProperties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    for (String regex : keys(schema, value, at)) {
      ScalarKeywords.javaPattern(schema, TextNode.valueOf(regex), at.child(regex)).ifPresent(javaRegex ->
          out.add(new ObjectChecks.PatternProperty(at.child(regex), javaRegex, schema.subschema("patternProperties", regex))));
    }
  }

  static void additionalProperties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    List<String> declared = new ArrayList<>();
    schema.json().path("properties").fieldNames().forEachRemaining(declared::add);
    List<String> patterns = new ArrayList<>();
    schema.json().path("patternProperties").fieldNames().forEachRemaining(p -> patterns.add(EcmaPatterns.toJava(p)));
    out.add(new ObjectChecks.AdditionalProperties(at, declared, patterns, schema.subschema("additionalProperties")));
  }

  static void propertyNames(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    out.add(new ObjectChecks.PropertyNames(at, schema.subschema("propertyNames")));
  }

  static void dependentSchemas(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    for (String name : keys(schema, value, at)) {
      out.add(new ObjectChecks.DependentSchema(at.child(name), name, schema.subschema("dependentSchemas", name)));
    }
  }

  /**
   * Before 2019-09, {@code dependencies}: an array of names is {@code dependentRequired}, a schema
   * is {@code dependentSchemas}, entry by entry.
   */
  static void dependencies(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    for (String name : keys(schema, value, at)) {
      JsonNode dependency = value.get(name);
      if (dependency.isArray()) {
        names(schema, dependency, at.child(name)).ifPresent(names ->
            out.add(new ObjectChecks.DependentRequired(at.child(name), name, names)));
      } else {
        out.add(new ObjectChecks.DependentSchema(at.child(name), name, schema.subschema("dependencies", name)));
      }
    }
  }

  static void unevaluatedProperties(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    out.add(new ObjectChecks.UnevaluatedProperties(at, schema.subschema("unevaluatedProperties")));
  }

  private static List<String> keys(SchemaReader schema, JsonNode value, SourceLocation at) {
    if (!value.isObject()) {
      schema.invalid(at, at.pointer().last() + " must be an object");
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    value.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Optional<List<String>> names(SchemaReader schema, JsonNode value, SourceLocation at) {
    List<String> names = new ArrayList<>();
    for (JsonNode name : value) {
      if (!name.isTextual()) {
        break;
      }
      names.add(name.textValue());
    }
    if (!value.isArray() || names.size() != value.size()) {
      schema.invalid(at, "must be an array of strings");
      return Optional.empty();
    }
    return Optional.of(names);
  }
}
