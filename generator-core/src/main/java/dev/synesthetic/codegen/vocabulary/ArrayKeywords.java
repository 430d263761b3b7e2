package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.ArrayChecks;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Validator readers for the array keywords. */
final class ArrayKeywords {
    private ArrayKeywords() {}

    static void count(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        KeywordValues.count(value, at, schema.diagnostics())
                .ifPresent(limit -> out.add(new ArrayChecks.ItemCount(at, limit)));
    }

    static void uniqueItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        if (KeywordValues.flag(value, at, schema.diagnostics()).orElse(false)) {
            out.add(new ArrayChecks.UniqueItems(at));
        }
    }

    static void prefixItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        if (!value.isArray() || value.isEmpty()) {
            KeywordValues.invalid(at, "a non-empty array of schemas", schema.diagnostics());
            return;
        }
        List<SourceLocation> targets = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            targets.add(schema.subschema(Keywords.PREFIX_ITEMS, i));
        }
        out.add(new ArrayChecks.PrefixItems(at, targets));
    }

    /**
     * {@code items}: from 2020-12 one schema for the items after the {@code prefixItems} entries.
     * Before, one schema for every item or an array of schemas for the first items (a tuple), the
     * rest then checked by {@code additionalItems}, read here too.
     */
    static void items(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        if (!schema.draft().tupleItems()) {
            JsonNode prefix = Keywords.PREFIX_ITEMS.pathIn(schema.json());
            out.add(new ArrayChecks.Items(at, prefix.isArray() ? prefix.size() : 0, schema.subschema(Keywords.ITEMS)));
            return;
        }
        if (!value.isArray()) {
            out.add(new ArrayChecks.Items(at, 0, schema.subschema(Keywords.ITEMS)));
            return;
        }
        List<SourceLocation> targets = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            targets.add(schema.subschema(Keywords.ITEMS, i));
        }
        if (!targets.isEmpty()) {
            out.add(new ArrayChecks.PrefixItems(at, targets));
        }
        if (Keywords.ADDITIONAL_ITEMS.isIn(schema.json())) {
            out.add(new ArrayChecks.Items(
                    schema.at(Keywords.ADDITIONAL_ITEMS), value.size(), schema.subschema(Keywords.ADDITIONAL_ITEMS)));
        }
    }

    /** {@code contains} with {@code minContains}/{@code maxContains} where the draft has them. */
    static void contains(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        long min = containsCount(schema, Keywords.MIN_CONTAINS, 1);
        long max = containsCount(schema, Keywords.MAX_CONTAINS, -1);
        SourceLocation minAt = schema.reads(Keywords.MIN_CONTAINS) && Keywords.MIN_CONTAINS.isIn(schema.json())
                ? schema.at(Keywords.MIN_CONTAINS)
                : at;
        out.add(new ArrayChecks.Contains(
                at, schema.subschema(Keywords.CONTAINS), min, max, minAt, schema.at(Keywords.MAX_CONTAINS)));
    }

    private static long containsCount(SchemaReader schema, Keyword keyword, long otherwise) {
        JsonNode value = schema.reads(keyword) ? keyword.valueIn(schema.json()) : null;
        return value == null
                ? otherwise
                : KeywordValues.count(value, schema.at(keyword), schema.diagnostics())
                        .orElse(otherwise);
    }

    static void unevaluatedItems(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        out.add(new ArrayChecks.UnevaluatedItems(at, schema.subschema(Keywords.UNEVALUATED_ITEMS)));
    }
}
