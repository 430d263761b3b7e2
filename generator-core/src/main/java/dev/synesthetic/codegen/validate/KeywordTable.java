package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.util.EnumMap;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;

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
  private KeywordTable() {}

  /** Each validator keyword's reader; the vocabulary says which drafts define it and in what order it runs. */
  private static final Map<Keyword, KeywordReader> READERS = Map.ofEntries(
      Map.entry(Keywords.REF, ApplicatorKeywords::ref),
      Map.entry(Keywords.DYNAMIC_REF, DynamicRefKeyword::read),
      Map.entry(Keywords.RECURSIVE_REF, DynamicRefKeyword::recursive),
      Map.entry(Keywords.TYPE, ValueKeywords::type),
      Map.entry(Keywords.ENUM, ValueKeywords::enumeration),
      Map.entry(Keywords.CONST, ValueKeywords::constant),
      Map.entry(Keywords.MINIMUM, KeywordTable::bound),
      Map.entry(Keywords.EXCLUSIVE_MINIMUM, KeywordTable::bound),
      Map.entry(Keywords.MAXIMUM, KeywordTable::bound),
      Map.entry(Keywords.EXCLUSIVE_MAXIMUM, KeywordTable::bound),
      Map.entry(Keywords.MULTIPLE_OF, ScalarKeywords::multipleOf),
      Map.entry(Keywords.MIN_LENGTH, ScalarKeywords::length),
      Map.entry(Keywords.MAX_LENGTH, ScalarKeywords::length),
      Map.entry(Keywords.PATTERN, ScalarKeywords::pattern),
      Map.entry(Keywords.FORMAT, ScalarKeywords::format),
      Map.entry(Keywords.MIN_ITEMS, ArrayKeywords::count),
      Map.entry(Keywords.MAX_ITEMS, ArrayKeywords::count),
      Map.entry(Keywords.UNIQUE_ITEMS, ArrayKeywords::uniqueItems),
      Map.entry(Keywords.REQUIRED, ObjectKeywords::required),
      Map.entry(Keywords.DEPENDENT_REQUIRED, ObjectKeywords::dependentRequired),
      Map.entry(Keywords.MIN_PROPERTIES, ObjectKeywords::count),
      Map.entry(Keywords.MAX_PROPERTIES, ObjectKeywords::count),
      Map.entry(Keywords.PROPERTIES, ObjectKeywords::properties),
      Map.entry(Keywords.PATTERN_PROPERTIES, ObjectKeywords::patternProperties),
      Map.entry(Keywords.ADDITIONAL_PROPERTIES, ObjectKeywords::additionalProperties),
      Map.entry(Keywords.PROPERTY_NAMES, ObjectKeywords::propertyNames),
      Map.entry(Keywords.DEPENDENT_SCHEMAS, ObjectKeywords::dependentSchemas),
      Map.entry(Keywords.DEPENDENCIES, ObjectKeywords::dependencies),
      Map.entry(Keywords.PREFIX_ITEMS, ArrayKeywords::prefixItems),
      Map.entry(Keywords.ITEMS, KeywordTable::items),
      Map.entry(Keywords.CONTAINS, ArrayKeywords::contains),
      Map.entry(Keywords.ALL_OF, ApplicatorKeywords::allOf),
      Map.entry(Keywords.ANY_OF, ApplicatorKeywords::anyOf),
      Map.entry(Keywords.ONE_OF, ApplicatorKeywords::oneOf),
      Map.entry(Keywords.NOT, ApplicatorKeywords::not),
      Map.entry(Keywords.IF, ApplicatorKeywords::conditional),
      Map.entry(Keywords.UNEVALUATED_ITEMS, ArrayKeywords::unevaluatedItems),
      Map.entry(Keywords.UNEVALUATED_PROPERTIES, ObjectKeywords::unevaluatedProperties));

  private static final Map<Draft, Map<String, KeywordReader>> TABLES = new EnumMap<>(Draft.class);

  static {
    for (Draft draft : Draft.values()) {
      TABLES.put(draft, table(draft));
    }
  }

  private static Map<String, KeywordReader> table(Draft draft) {
    Map<String, KeywordReader> table = new LinkedHashMap<>();
    for (Keyword keyword : Keywords.of(draft)) {
      KeywordReader reader = READERS.get(keyword);
      if (reader != null) {
        table.put(keyword.name(), reader);
      }
    }
    return table;
  }

  private static void bound(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (schema.draft() == Draft.DRAFT_04) {
      ScalarKeywords.draft04Bound(schema, value, at, out);
    } else {
      ScalarKeywords.bound(schema, value, at, out);
    }
  }

  private static void items(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (schema.draft().tupleItems()) {
      ArrayKeywords.tupleItems(schema, value, at, out);
    } else {
      ArrayKeywords.items(schema, value, at, out);
    }
  }

  /** The checks of one schema object, in table order. */
  static List<Check> read(SchemaReader schema) {
    List<Check> checks = new ArrayList<>();
    Map<String, KeywordReader> table = TABLES.get(schema.draft());
    if (Keywords.refHidesSiblings(schema.json(), schema.draft())) {
      table = Map.of(Keywords.REF.name(), table.get(Keywords.REF.name()));
    }
    for (Map.Entry<String, KeywordReader> entry : table.entrySet()) {
      JsonNode value = schema.json().get(entry.getKey());
      if (value != null) {
        entry.getValue().read(schema, value, schema.at(entry.getKey()), checks);
      }
    }
    return checks;
  }
}
