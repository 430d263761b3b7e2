package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readers for {@code $ref} and the in-place applicators. */
final class ApplicatorKeywords {
  private ApplicatorKeywords() {}

  static void ref(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    schema.resolve("$ref").ifPresent(target ->
        out.add(new Applicators.Ref(at, schema.builder().request(target), schema.builder().resourceOf(target))));
  }

  static void allOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    List<SourceLocation> targets = list(schema, value, at);
    for (int i = 0; i < targets.size(); i++) {
      out.add(new Applicators.AllOfEntry(at.child(i), targets.get(i)));
    }
  }

  static void anyOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    List<SourceLocation> targets = list(schema, value, at);
    if (!targets.isEmpty()) {
      out.add(new Applicators.AnyOf(at, targets));
    }
  }

  static void oneOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    List<SourceLocation> targets = list(schema, value, at);
    if (!targets.isEmpty()) {
      out.add(new Applicators.OneOf(at, targets));
    }
  }

  static void not(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    out.add(new Applicators.Not(at, schema.subschema("not")));
  }

  /**
   * {@code if} with {@code then}/{@code else}; without {@code if} those two have no effect. An
   * {@code if} alone still counts: its annotations reach {@code unevaluated*} when it passes.
   */
  static void conditional(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    Optional<SourceLocation> then = schema.json().has("then") ? Optional.of(schema.subschema("then")) : Optional.empty();
    Optional<SourceLocation> otherwise =
        schema.json().has("else") ? Optional.of(schema.subschema("else")) : Optional.empty();
    out.add(new Applicators.Conditional(at, schema.subschema("if"), then, otherwise));
  }

  private static List<SourceLocation> list(SchemaReader schema, JsonNode value, SourceLocation at) {
    if (!value.isArray() || value.isEmpty()) {
      schema.invalid(at, at.pointer().last() + " must be a non-empty array of schemas");
      return List.of();
    }
    String keyword = at.pointer().last();
    List<SourceLocation> targets = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      targets.add(schema.subschema(keyword, i));
    }
    return targets;
  }
}
