package dev.synesthetic.codegen.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document tree as the plain values generated validators take (maps, lists, strings, numbers,
 * booleans, null): what Jackson's {@code convertValue(tree, Object.class)} gives with big decimals
 * for floats, without building an {@code ObjectMapper} (a large part of a cached {@code validate}'s
 * start-up). Takes the trees the CLI's document reader and {@link JsonTrees} build.
 */
public final class PlainValues {
    private PlainValues() {}

    public static Object of(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                members.put(member.getKey(), of(member.getValue()));
            }
            return members;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(of(item));
            }
            return items;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isFloatingPointNumber()) {
            return node.decimalValue(); // USE_BIG_DECIMAL_FOR_FLOATS
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isNull()) {
            return null;
        }
        // parsed trees hold nothing else (no binary or POJO nodes)
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
}
