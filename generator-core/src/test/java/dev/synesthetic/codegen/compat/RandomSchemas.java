package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Small random schemas and their bumps for the property-based compat test: types, enum/const,
 * numeric and count bounds, required, properties/additionalProperties, items/prefixItems,
 * uniqueItems, anyOf/oneOf; and documents drawn from a small pool of values, most of them shaped by
 * one of the two schemas so that many are valid.
 */
final class RandomSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] TYPES = {"null", "boolean", "integer", "number", "string", "array", "object"};
    private static final String[] NAMES = {"a", "b", "c"};

    private final Random random;

    RandomSchemas(Random random) {
        this.random = random;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A value from the pool: small numbers (some not integers), short strings, null, booleans. */
    JsonNode scalar() {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2, 3 -> JSON.numberNode(random.nextInt(9) - 4);
            case 4 -> JSON.numberNode(new java.math.BigDecimal((random.nextInt(17) - 8) + ".5"));
            default -> JSON.textNode("abc".substring(0, random.nextInt(4)));
        };
    }

    JsonNode schema(int depth) {
        int kind = random.nextInt(depth >= 2 ? 6 : 10);
        if (kind == 0) {
            return JSON.booleanNode(chance(80));
        }
        if (kind == 1) {
            ObjectNode out = JSON.objectNode();
            if (chance(30)) {
                out.set("const", scalar());
            } else {
                ArrayNode values = out.putArray("enum");
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    values.add(scalar());
                }
            }
            if (chance(30)) {
                out.put("type", pick(TYPES));
            }
            return out;
        }
        if (kind >= 8) {
            ObjectNode out = JSON.objectNode();
            ArrayNode branches = out.putArray(chance(50) ? "anyOf" : "oneOf");
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                branches.add(schema(depth + 1));
            }
            return out;
        }
        ObjectNode out = JSON.objectNode();
        String type = pick(TYPES);
        if (chance(20)) {
            ArrayNode both = out.putArray("type");
            both.add(type);
            String other = pick(TYPES);
            if (!other.equals(type)) {
                both.add(other);
            }
        } else if (chance(85)) {
            out.put("type", type);
        }
        switch (type) {
            case "integer", "number" -> {
                for (String bound : new String[] {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
                    if (chance(25)) {
                        out.put(bound, random.nextInt(7) - 3);
                    }
                }
                if (chance(15)) {
                    out.put("multipleOf", 1 + random.nextInt(3));
                }
            }
            case "string" -> {
                if (chance(30)) {
                    out.put("minLength", random.nextInt(3));
                }
                if (chance(30)) {
                    out.put("maxLength", random.nextInt(3));
                }
            }
            case "array" -> {
                if (depth < 2 && chance(70)) {
                    out.set("items", schema(depth + 1));
                }
                if (depth < 2 && chance(20)) {
                    out.putArray("prefixItems").add(schema(depth + 1));
                }
                if (chance(25)) {
                    out.put("minItems", random.nextInt(3));
                }
                if (chance(25)) {
                    out.put("maxItems", random.nextInt(3));
                }
                if (chance(15)) {
                    out.put("uniqueItems", true);
                }
            }
            case "object" -> {
                ObjectNode properties = out.putObject("properties");
                for (String name : NAMES) {
                    if (depth < 2 && chance(50)) {
                        properties.set(name, schema(depth + 1));
                    }
                }
                ArrayNode required = JSON.arrayNode();
                for (String name : NAMES) {
                    if (chance(30)) {
                        required.add(name);
                    }
                }
                if (!required.isEmpty()) {
                    out.set("required", required);
                }
                if (chance(40)) {
                    out.set(
                            "additionalProperties",
                            depth < 2 && chance(40) ? schema(depth + 1) : JSON.booleanNode(false));
                }
                if (chance(10)) {
                    out.put("minProperties", random.nextInt(3));
                }
                if (chance(10)) {
                    out.put("maxProperties", random.nextInt(3));
                }
            }
            default -> {}
        }
        return out;
    }

    /** The schema after a bump: usually one or two edits of the old one, sometimes a new schema. */
    JsonNode bump(JsonNode old) {
        if (chance(10)) {
            return schema(0);
        }
        JsonNode out = old.deepCopy();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            out = edit(out, 0);
        }
        return out;
    }

    private JsonNode edit(JsonNode schema, int depth) {
        if (!schema.isObject() || chance(15)) {
            return schema(Math.max(depth, 1));
        }
        ObjectNode out = (ObjectNode) schema;
        List<String> keys = new ArrayList<>();
        out.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty() || chance(20)) {
            JsonNode donor = schema(depth);
            if (donor.isObject() && donor.size() > 0) {
                Iterator<String> names = donor.fieldNames();
                String key = names.next();
                out.set(key, donor.get(key));
            }
            return out;
        }
        String key = keys.get(random.nextInt(keys.size()));
        JsonNode value = out.get(key);
        switch (key) {
            case "properties" -> {
                String name = pick(NAMES);
                if (value.has(name) && chance(50)) {
                    ((ObjectNode) value).remove(name);
                } else if (value.has(name)) {
                    ((ObjectNode) value).set(name, edit(value.get(name), depth + 1));
                } else {
                    ((ObjectNode) value).set(name, schema(depth + 1));
                }
            }
            case "items", "additionalProperties" -> out.set(key, edit(value, depth + 1));
            case "anyOf", "oneOf", "prefixItems" -> {
                ArrayNode branches = (ArrayNode) value;
                int at = random.nextInt(branches.size());
                if (chance(30)) {
                    branches.add(schema(depth + 1));
                } else if (chance(30) && branches.size() > 1) {
                    branches.remove(at);
                } else {
                    branches.set(at, edit(branches.get(at), depth + 1));
                }
            }
            case "required", "enum" -> {
                ArrayNode values = (ArrayNode) value;
                if (chance(50) && !values.isEmpty()) {
                    values.remove(random.nextInt(values.size()));
                } else {
                    values.add(key.equals("required") ? JSON.textNode(pick(NAMES)) : scalar());
                }
            }
            case "type" -> out.put("type", pick(TYPES));
            case "const" -> out.set("const", scalar());
            case "uniqueItems" -> out.put("uniqueItems", !value.asBoolean());
            default -> {
                if (value.isNumber() && chance(70)) {
                    int floor = key.equals("multipleOf") ? 1 : key.startsWith("m") && key.contains("imum") ? -3 : 0;
                    out.put(key, Math.max(floor, value.asInt() + random.nextInt(5) - 2));
                } else if (chance(50)) {
                    out.remove(key);
                } else if (key.startsWith("exclusive") || key.equals("minimum") || key.equals("maximum")) {
                    // move a bound to its sibling keyword
                    String sibling = key.startsWith("exclusive")
                            ? key.substring("exclusive".length(), "exclusive".length() + 1)
                                            .toLowerCase(java.util.Locale.ROOT)
                                    + key.substring("exclusive".length() + 1)
                            : "exclusive" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
                    out.remove(key);
                    out.set(sibling, value);
                }
            }
        }
        return out;
    }

    /** A document shaped by {@code schema} (valid more often than not), with random slips. */
    JsonNode document(JsonNode schema, int depth) {
        if (depth > 3 || !schema.isObject() || chance(12)) {
            return chance(25) && depth < 3 ? randomContainer(depth) : scalar();
        }
        JsonNode values = schema.has("enum") ? schema.get("enum") : null;
        if (schema.has("const") && chance(80)) {
            return schema.get("const").deepCopy();
        }
        if (values != null && values.size() > 0 && chance(80)) {
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        for (String union : new String[] {"anyOf", "oneOf"}) {
            if (schema.path(union).size() > 0) {
                return document(
                        schema.get(union).get(random.nextInt(schema.get(union).size())), depth + 1);
            }
        }
        JsonNode type = schema.path("type");
        String t = type.isArray() && type.size() > 0
                ? type.get(random.nextInt(type.size())).asText()
                : type.asText("");
        return switch (t) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> JSON.numberNode(random.nextInt(9) - 4);
            case "number" ->
                chance(50)
                        ? JSON.numberNode(random.nextInt(9) - 4)
                        : JSON.numberNode(new java.math.BigDecimal((random.nextInt(9) - 4) + ".5"));
            case "string" -> JSON.textNode("abcd".substring(0, random.nextInt(5)));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "null" -> JSON.nullNode();
            default -> scalar();
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode out = JSON.objectNode();
        for (JsonNode name : schema.path("required")) {
            if (chance(90)) {
                out.set(name.asText(), document(schema.path("properties").path(name.asText()), depth + 1));
            }
        }
        for (String name : NAMES) {
            if (!out.has(name) && chance(30)) {
                out.set(name, document(schema.path("properties").path(name), depth + 1));
            }
        }
        if (chance(15)) {
            out.set("d", document(schema.path("additionalProperties"), depth + 1));
        }
        return out;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode out = JSON.arrayNode();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            JsonNode item = i < schema.path("prefixItems").size()
                    ? schema.get("prefixItems").get(i)
                    : schema.path("items");
            out.add(chance(30) && out.size() > 0 ? out.get(0).deepCopy() : document(item, depth + 1));
        }
        return out;
    }

    private JsonNode randomContainer(int depth) {
        if (chance(50)) {
            ArrayNode out = JSON.arrayNode();
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                out.add(document(JSON.objectNode(), depth + 1));
            }
            return out;
        }
        ObjectNode out = JSON.objectNode();
        for (String name : NAMES) {
            if (chance(40)) {
                out.set(name, document(JSON.objectNode(), depth + 1));
            }
        }
        return out;
    }
}
