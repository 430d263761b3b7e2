package dev.synesthetic.codegen.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * JSON equality as a round trip must keep it: numbers by value ({@code 1.0} equals {@code 1}),
 * date-time strings by instant and offset, everything else exactly; and JSON Schema's own equality of
 * instances, which compares strings exactly.
 */
public final class JsonEquivalence {
    private JsonEquivalence() {}

    /** Numbers by value ({@code 1.0} = {@code 1}), date-time strings by instant and offset. */
    public static boolean same(JsonNode a, JsonNode b) {
        return equal(a, b, true);
    }

    /** JSON Schema's equality of instances ({@code enum}, {@code const}): numbers by value, strings exactly. */
    public static boolean sameInstance(JsonNode a, JsonNode b) {
        return equal(a, b, false);
    }

    private static boolean equal(JsonNode a, JsonNode b, boolean dateTimes) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue())
                    || dateTimes && sameInstantAndOffset(a.textValue(), b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i), dateTimes)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !equal(field.getValue(), other, dateTimes)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean sameInstantAndOffset(String a, String b) {
        try {
            OffsetDateTime x = OffsetDateTime.parse(a);
            OffsetDateTime y = OffsetDateTime.parse(b);
            return x.isEqual(y) && x.getOffset().equals(y.getOffset());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
