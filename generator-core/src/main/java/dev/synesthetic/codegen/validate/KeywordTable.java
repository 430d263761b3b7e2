package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.synesthetic.codegen.load.Draft;
import java.util.EnumMap;

/**
 * The validator keyword tables, one per draft: every assertion and applicator the draft defines,
 * in the order the generated code evaluates them (cheap checks first, {@code unevaluated*} last
 * because they read what the others evaluated). A keyword the draft does not define is not in its
 * table, so it is an annotation there ({@code prefixItems} in draft-07 asserts nothing), as the
 * specification says. Keywords read together with another ({@code then} with {@code if},
 * {@code minContains} with {@code contains}, {@code additionalItems} with {@code items}) are read
 * by that keyword's reader. Before 2019-09 a {@code $ref} makes its siblings ignored.
 */
final class KeywordTable {
  private static final Map<Draft, Map<String, KeywordReader>> TABLES = new EnumMap<>(Draft.class);

  static {
    for (Draft draft : Draft.values()) {
      TABLES.put(draft, table(draft));
    }
  }

  private KeywordTable() {}

  private static Map<String, KeywordReader> table(Draft draft) {
    boolean modern = !draft.refOverridesSiblings();
    Map<String, KeywordReader> table = new LinkedHashMap<>();
    table.put("$ref", ApplicatorKeywords::ref);
    if (draft == Draft.DRAFT_2020_12) {
      table.put("$dynamicRef", DynamicRefKeyword::read);
    }
    if (draft == Draft.DRAFT_2019_09) {
      table.put("$recursiveRef", DynamicRefKeyword::recursive);
    }
    table.put("type", ValueKeywords::type);
    table.put("enum", ValueKeywords::enumeration);
    if (draft != Draft.DRAFT_04) {
      table.put("const", ValueKeywords::constant);
    }
    for (String bound : new String[] {"minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"}) {
      table.put(bound, draft == Draft.DRAFT_04 ? ScalarKeywords::draft04Bound : ScalarKeywords::bound);
    }
    table.put("multipleOf", ScalarKeywords::multipleOf);
    table.put("minLength", ScalarKeywords::length);
    table.put("maxLength", ScalarKeywords::length);
    table.put("pattern", ScalarKeywords::pattern);
    table.put("format", ScalarKeywords::format);
    table.put("minItems", ArrayKeywords::count);
    table.put("maxItems", ArrayKeywords::count);
    table.put("uniqueItems", ArrayKeywords::uniqueItems);
    table.put("required", ObjectKeywords::required);
    if (modern) {
      table.put("dependentRequired", ObjectKeywords::dependentRequired);
    }
    table.put("minProperties", ObjectKeywords::count);
    table.put("maxProperties", ObjectKeywords::count);
    table.put("properties", ObjectKeywords::properties);
    table.put("patternProperties", ObjectKeywords::patternProperties);
    table.put("additionalProperties", ObjectKeywords::additionalProperties);
    if (draft != Draft.DRAFT_04) {
      table.put("propertyNames", ObjectKeywords::propertyNames);
    }
    table.put(modern ? "dependentSchemas" : "dependencies", modern ? ObjectKeywords::dependentSchemas : ObjectKeywords::dependencies);
    if (draft == Draft.DRAFT_2020_12) {
      table.put("prefixItems", ArrayKeywords::prefixItems);
    }
    table.put("items", draft.tupleItems() ? ArrayKeywords::tupleItems : ArrayKeywords::items);
    if (draft != Draft.DRAFT_04) {
      table.put("contains", ArrayKeywords::contains);
    }
    table.put("allOf", ApplicatorKeywords::allOf);
    table.put("anyOf", ApplicatorKeywords::anyOf);
    table.put("oneOf", ApplicatorKeywords::oneOf);
    table.put("not", ApplicatorKeywords::not);
    if (draft.compareTo(Draft.DRAFT_07) >= 0) {
      table.put("if", ApplicatorKeywords::conditional);
    }
    if (modern) {
      table.put("unevaluatedItems", ArrayKeywords::unevaluatedItems);
      table.put("unevaluatedProperties", ObjectKeywords::unevaluatedProperties);
    }
    return table;
  }

  /** The checks of one schema object, in table order. */
  static List<Check> read(SchemaReader schema) {
    List<Check> checks = new ArrayList<>();
    Map<String, KeywordReader> table = TABLES.get(schema.draft());
    if (schema.draft().refOverridesSiblings() && schema.json().has("$ref")) {
      table = Map.of("$ref", table.get("$ref"));
    }
    for (Map.Entry<String, KeywordReader> entry : table.entrySet()) {
      JsonNode value = schema.json().get(entry.getKey());
      if (value != null) {
        entry.getValue().read(schema, value, schema.at(entry.getKey()), checks);
      }
    }
    return checks;
  }

  /** Whether {@code draft} defines {@code keyword} as an assertion or applicator (not an annotation). */
  static boolean defines(Draft draft, String keyword) {
    return TABLES.get(draft).containsKey(keyword);
  }
}
