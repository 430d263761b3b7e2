package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The smallest value a schema of one side accepts, as far as a cheap construction can tell: required
 * members filled with their smallest values, arrays as short as minItems, numbers at their lower bound.
 * It is only a candidate: the generated validators decide.
 */
final class Minimal {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 24;
    /** A value of each common format: format names are not keywords. */
    private static final Map<String, String> FORMAT_SAMPLES = Map.of(
            "date-time", "2000-01-01T00:00:00Z",
            "date", "2000-01-01",
            "time", "00:00:00Z",
            "email", "a@example.com",
            "uri", "urn:a",
            "uri-reference", "a",
            "uuid", "00000000-0000-0000-0000-000000000000",
            "ipv4", "127.0.0.1",
            "hostname", "a");

    private final CorpusSide side;

    Minimal(CorpusSide side) {
        this.side = side;
    }

    JsonNode of(SchemaNode node) {
        return of(node, 0);
    }

    static JsonNode formatSample(String format) {
        return JSON.textNode(FORMAT_SAMPLES.getOrDefault(format, "a"));
    }

    private JsonNode of(SchemaNode raw, int depth) {
        SchemaNode node = side.decisive(raw);
        JsonNode json = node.json();
        if (!json.isObject() || depth > MAX_DEPTH) {
            return JSON.nullNode();
        }
        if (Keywords.CONST.isIn(json)) {
            return Keywords.CONST.pathIn(json).deepCopy();
        }
        if (Keywords.ENUM.pathIn(json).size() > 0) {
            return Keywords.ENUM.pathIn(json).get(0).deepCopy();
        }
        String type = firstType(json);
        if (type.isEmpty()) {
            for (var union :
                    new dev.synesthetic.codegen.vocabulary.Keyword[] {Keywords.ALL_OF, Keywords.ANY_OF, Keywords.ONE_OF
                    }) {
                if (union.pathIn(json).size() > 0) {
                    return of(side.child(node, union.name(), "0"), depth + 1);
                }
            }
            if (Keywords.REF.isIn(json)) {
                return side.target(node).map(t -> of(t, depth + 1)).orElse(JSON.nullNode());
            }
        }
        return switch (type) {
            case "object" -> object(node, depth);
            case "array" -> array(node, depth);
            case "string" -> string(json);
            case "integer" -> number(json, true);
            case "number" -> number(json, false);
            case "boolean" -> JSON.booleanNode(false);
            default -> JSON.nullNode();
        };
    }

    /** The first type the schema allows; an object or array when its keywords say so; else empty (any). */
    static String firstType(JsonNode json) {
        JsonNode type = Keywords.TYPE.pathIn(json);
        if (type.isTextual()) {
            return type.asText();
        }
        if (type.isArray() && type.size() > 0) {
            return type.get(0).asText();
        }
        if (Keywords.PROPERTIES.isIn(json) || Keywords.REQUIRED.isIn(json)) {
            return "object";
        }
        return Keywords.ITEMS.isIn(json) || Keywords.PREFIX_ITEMS.isIn(json) ? "array" : "";
    }

    private JsonNode object(SchemaNode node, int depth) {
        ObjectNode object = JSON.objectNode();
        for (JsonNode name : Keywords.REQUIRED.pathIn(node.json())) {
            object.set(name.asText(), of(memberSchema(node, name.asText()), depth + 1));
        }
        return object;
    }

    /** The schema a member named {@code name} meets: its property, else additionalProperties. */
    SchemaNode memberSchema(SchemaNode node, String name) {
        SchemaNode decisive = side.decisive(node);
        if (Keywords.PROPERTIES.pathIn(decisive.json()).has(name)) {
            return side.child(decisive, Keywords.PROPERTIES.name(), name);
        }
        return side.child(decisive, Keywords.ADDITIONAL_PROPERTIES.name());
    }

    private JsonNode array(SchemaNode node, int depth) {
        ArrayNode array = JSON.arrayNode();
        int count = Keywords.MIN_ITEMS.pathIn(node.json()).asInt(0);
        for (int i = 0; i < count; i++) {
            array.add(of(itemSchema(node, i), depth + 1));
        }
        return array;
    }

    /** The schema of position {@code index}: its prefixItems (or tuple items) entry, else items. */
    SchemaNode itemSchema(SchemaNode node, int index) {
        SchemaNode decisive = side.decisive(node);
        JsonNode json = decisive.json();
        if (Keywords.PREFIX_ITEMS.pathIn(json).size() > index) {
            return side.child(decisive, Keywords.PREFIX_ITEMS.name(), Integer.toString(index));
        }
        if (Keywords.ITEMS.pathIn(json).isArray()) {
            return Keywords.ITEMS.pathIn(json).size() > index
                    ? side.child(decisive, Keywords.ITEMS.name(), Integer.toString(index))
                    : side.child(decisive, Keywords.ADDITIONAL_ITEMS.name());
        }
        return side.child(decisive, Keywords.ITEMS.name());
    }

    private static JsonNode string(JsonNode json) {
        if (Keywords.FORMAT.pathIn(json).isTextual()) {
            return formatSample(Keywords.FORMAT.pathIn(json).asText());
        }
        return JSON.textNode("a".repeat(Keywords.MIN_LENGTH.pathIn(json).asInt(0)));
    }

    private static JsonNode number(JsonNode json, boolean integer) {
        BigDecimal value = BigDecimal.ZERO;
        JsonNode min = Keywords.MINIMUM.pathIn(json);
        JsonNode exclusive = Keywords.EXCLUSIVE_MINIMUM.pathIn(json);
        if (min.isNumber()) {
            value = min.decimalValue().add(exclusive.asBoolean(false) ? BigDecimal.ONE : BigDecimal.ZERO);
        } else if (exclusive.isNumber()) {
            value = exclusive.decimalValue().add(BigDecimal.ONE);
        }
        JsonNode step = Keywords.MULTIPLE_OF.pathIn(json);
        if (step.isNumber() && step.decimalValue().signum() > 0) {
            value = value.divide(step.decimalValue(), 0, RoundingMode.CEILING).multiply(step.decimalValue());
        }
        if (integer) {
            value = value.setScale(0, RoundingMode.CEILING);
            return JSON.numberNode(value.toBigInteger());
        }
        return JSON.numberNode(value);
    }

    /** A copy of the smallest value of {@code parent} as an object, with {@code name} set to {@code value}. */
    JsonNode objectWith(SchemaNode parent, String name, JsonNode value) {
        JsonNode base = of(parent);
        ObjectNode object = base.isObject() ? (ObjectNode) base : JSON.objectNode();
        object.set(name, value);
        return object;
    }

    /** The smallest array of {@code parent} (at least {@code index + 1} long) with {@code value} at {@code index}. */
    JsonNode arrayWith(SchemaNode parent, int index, JsonNode value) {
        ArrayNode array = JSON.arrayNode();
        int count = Math.max(
                index + 1,
                Keywords.MIN_ITEMS.pathIn(side.decisive(parent).json()).asInt(0));
        for (int i = 0; i < count; i++) {
            array.add(i == index ? value : of(itemSchema(parent, i)));
        }
        return array;
    }
}
