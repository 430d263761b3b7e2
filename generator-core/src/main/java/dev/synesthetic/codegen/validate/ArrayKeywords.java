package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Readers for the array keywords. */
final class ArrayKeywords {
  private ArrayKeywords() {}

  static void count(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    schema.count(value, at).ifPresent(limit -> out.add(new ArrayChecks.ItemCount(at, limit)));
  }

  static void uniqueItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isBoolean()) {
      schema.invalid(at, "uniqueItems must be a boolean");
    } else if (value.booleanValue()) {
      out.add(new ArrayChecks.UniqueItems(at));
    }
  }

  static void prefixItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isArray() || value.isEmpty()) {
      schema.invalid(at, "prefixItems must be a non-empty array of schemas");
      return;
    }
    List<SourceLocation> targets = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      targets.add(schema.subschema("prefixItems", i));
    }
    out.add(new ArrayChecks.PrefixItems(at, targets));
  }

  /** {@code items} applies after the {@code prefixItems} entries. */
  static void items(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    JsonNode prefix = schema.json().path("prefixItems");
    int from = prefix.isArray() ? prefix.size() : 0;
    out.add(new ArrayChecks.Items(at, from, schema.subschema("items")));
  }

  /**
   * Before 2020-12: {@code items} is one schema for every item or an array of schemas for the
   * first items (a tuple), the rest then checked by {@code additionalItems}, read here too.
   */
  static void tupleItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isArray()) {
      out.add(new ArrayChecks.Items(at, 0, schema.subschema("items")));
      return;
    }
    List<SourceLocation> targets = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      targets.add(schema.subschema("items", i));
    }
    if (!targets.isEmpty()) {
      out.add(new ArrayChecks.PrefixItems(at, targets));
    }
    if (schema.json().has("additionalItems")) {
      out.add(new ArrayChecks.Items(schema.at("additionalItems"), value.size(), schema.subschema("additionalItems")));
    }
  }

  static void contains(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    // minContains/maxContains arrived with 2019-09; before that they are annotations.
    boolean counts = !schema.draft().refOverridesSiblings();
    JsonNode minValue = counts ? schema.json().get("minContains") : null;
    JsonNode maxValue = counts ? schema.json().get("maxContains") : null;
    long min = minValue == null ? 1 : schema.count(minValue, schema.at("minContains")).orElse(1);
    long max = maxValue == null ? -1 : schema.count(maxValue, schema.at("maxContains")).orElse(-1);
    SourceLocation minAt = minValue == null ? at : schema.at("minContains");
    out.add(new ArrayChecks.Contains(at, schema.subschema("contains"), min, max, minAt, schema.at("maxContains")));
  }

  static void unevaluatedItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    out.add(new ArrayChecks.UnevaluatedItems(at, schema.subschema("unevaluatedItems")));
  }
}
