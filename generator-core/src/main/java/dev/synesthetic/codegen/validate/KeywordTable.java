package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validator keyword table: every draft 2020-12 assertion and applicator, in the order the
 * generated code evaluates them (cheap checks first, {@code unevaluated*} last because they read
 * what the others evaluated). Keywords read together with another ({@code then} with {@code if},
 * {@code minContains} with {@code contains}) are in {@link #READ_WITH_OTHERS}; annotations and
 * unknown keywords have no effect on validity, as the specification says.
 */
final class KeywordTable {
  private static final Map<String, KeywordReader> TABLE = new LinkedHashMap<>();

  /** Keywords whose value another keyword's reader consumes. */
  static final Set<String> READ_WITH_OTHERS = Set.of("then", "else", "minContains", "maxContains");

  static {
    TABLE.put("$ref", ApplicatorKeywords::ref);
    TABLE.put("$dynamicRef", DynamicRefKeyword::read);
    TABLE.put("type", ValueKeywords::type);
    TABLE.put("enum", ValueKeywords::enumeration);
    TABLE.put("const", ValueKeywords::constant);
    for (String bound : new String[] {"minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"}) {
      TABLE.put(bound, ScalarKeywords::bound);
    }
    TABLE.put("multipleOf", ScalarKeywords::multipleOf);
    TABLE.put("minLength", ScalarKeywords::length);
    TABLE.put("maxLength", ScalarKeywords::length);
    TABLE.put("pattern", ScalarKeywords::pattern);
    TABLE.put("format", ScalarKeywords::format);
    TABLE.put("minItems", ArrayKeywords::count);
    TABLE.put("maxItems", ArrayKeywords::count);
    TABLE.put("uniqueItems", ArrayKeywords::uniqueItems);
    TABLE.put("required", ObjectKeywords::required);
    TABLE.put("dependentRequired", ObjectKeywords::dependentRequired);
    TABLE.put("minProperties", ObjectKeywords::count);
    TABLE.put("maxProperties", ObjectKeywords::count);
    TABLE.put("properties", ObjectKeywords::properties);
    TABLE.put("patternProperties", ObjectKeywords::patternProperties);
    TABLE.put("additionalProperties", ObjectKeywords::additionalProperties);
    TABLE.put("propertyNames", ObjectKeywords::propertyNames);
    TABLE.put("dependentSchemas", ObjectKeywords::dependentSchemas);
    TABLE.put("prefixItems", ArrayKeywords::prefixItems);
    TABLE.put("items", ArrayKeywords::items);
    TABLE.put("contains", ArrayKeywords::contains);
    TABLE.put("allOf", ApplicatorKeywords::allOf);
    TABLE.put("anyOf", ApplicatorKeywords::anyOf);
    TABLE.put("oneOf", ApplicatorKeywords::oneOf);
    TABLE.put("not", ApplicatorKeywords::not);
    TABLE.put("if", ApplicatorKeywords::conditional);
    TABLE.put("unevaluatedItems", ArrayKeywords::unevaluatedItems);
    TABLE.put("unevaluatedProperties", ObjectKeywords::unevaluatedProperties);
  }

  private KeywordTable() {}

  /** The checks of one schema object, in table order. */
  static List<Check> read(SchemaReader schema) {
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, KeywordReader> entry : TABLE.entrySet()) {
      JsonNode value = schema.json().get(entry.getKey());
      if (value != null) {
        entry.getValue().read(schema, value, schema.at(entry.getKey()), checks);
      }
    }
    return checks;
  }

  static boolean isAssertionOrApplicator(String keyword) {
    return TABLE.containsKey(keyword) || READ_WITH_OTHERS.contains(keyword);
  }
}
