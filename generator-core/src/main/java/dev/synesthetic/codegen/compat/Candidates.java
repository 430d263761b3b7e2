package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Values worth trying at a change's place beyond the finding's own: each side's smallest value, one
 * value of every type, the values enum/const name, and the values at, just inside and just outside
 * every bound either side sets. The validators pick the one that separates the sides.
 */
final class Candidates {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int LONGEST = 1_000;

    private Candidates() {}

    static Set<JsonNode> at(Finding finding, MinimalValues minimal) {
        Set<JsonNode> out = new LinkedHashSet<>();
        out.add(minimal.oldSide().of(finding.oldNode()));
        out.add(minimal.newSide().of(finding.newNode()));
        out.addAll(ValueDiffs.samples(List.of("null", "boolean", "integer", "number", "string", "array", "object")));
        out.add(JSON.booleanNode(true));
        out.add(JSON.numberNode(-1));
        out.add(JSON.numberNode(1));
        out.add(JSON.textNode("a"));
        for (SchemaNode node : List.of(finding.oldNode(), finding.newNode())) {
            JsonNode json = node.json();
            Keywords.ENUM.pathIn(json).forEach(out::add);
            if (Keywords.CONST.isIn(json)) {
                out.add(Keywords.CONST.pathIn(json));
            }
            if (Keywords.FORMAT.pathIn(json).isTextual()) {
                out.add(Minimal.formatSample(Keywords.FORMAT.pathIn(json).asText()));
            }
            for (Keyword k : List.of(
                    Keywords.MINIMUM,
                    Keywords.MAXIMUM,
                    Keywords.EXCLUSIVE_MINIMUM,
                    Keywords.EXCLUSIVE_MAXIMUM,
                    Keywords.MULTIPLE_OF)) {
                numbersAround(k.pathIn(json), out);
            }
            for (Keyword k : List.of(Keywords.MIN_LENGTH, Keywords.MAX_LENGTH)) {
                for (int length : around(k.pathIn(json))) {
                    out.add(JSON.textNode("a".repeat(length)));
                }
            }
            for (Keyword k : List.of(Keywords.MIN_ITEMS, Keywords.MAX_ITEMS)) {
                for (int count : around(k.pathIn(json))) {
                    out.add(array(minimal, finding, count));
                }
            }
            for (Keyword k : List.of(Keywords.MIN_PROPERTIES, Keywords.MAX_PROPERTIES)) {
                for (int count : around(k.pathIn(json))) {
                    out.add(object(minimal.oldSide().of(finding.oldNode()), count));
                    out.add(object(minimal.newSide().of(finding.newNode()), count));
                }
            }
        }
        out.add(array(minimal, finding, 2)); // two equal items: uniqueItems
        return out;
    }

    private static void numbersAround(JsonNode bound, Set<JsonNode> out) {
        if (!bound.isNumber()) {
            return;
        }
        BigDecimal v = bound.decimalValue();
        for (BigDecimal delta : List.of(
                BigDecimal.ZERO,
                BigDecimal.ONE,
                BigDecimal.ONE.negate(),
                new BigDecimal("0.5"),
                new BigDecimal("-0.5"))) {
            BigDecimal value = v.add(delta);
            out.add(
                    value.stripTrailingZeros().scale() <= 0
                            ? JSON.numberNode(value.toBigInteger())
                            : JSON.numberNode(value));
        }
        out.add(JSON.numberNode(v.multiply(BigDecimal.valueOf(2))));
    }

    private static List<Integer> around(JsonNode count) {
        if (!count.canConvertToInt() || count.asInt() > LONGEST) {
            return List.of();
        }
        int n = count.asInt();
        return n == 0 ? List.of(0, 1) : List.of(n - 1, n, n + 1);
    }

    private static ArrayNode array(MinimalValues minimal, Finding finding, int count) {
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add(minimal.oldSide().of(minimal.oldSide().itemSchema(finding.oldNode(), 0)));
        }
        return array;
    }

    private static JsonNode object(JsonNode base, int count) {
        ObjectNode object = base.isObject() ? (ObjectNode) base.deepCopy() : JSON.objectNode();
        for (int i = 0; object.size() < count; i++) {
            object.put("extra" + i, 0);
        }
        return object;
    }
}
