package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated writer, {@code toJsonValue()}, on a bound document: plain values JSON-equal to the
 * document (absent members left out, explicit nulls kept, numbers by value, date-times by instant
 * and offset), which bind back to an equal record and which Jackson 2 and Jackson 3 write, with no
 * configuration, as the same JSON; {@code writeJson}, what the readers' {@code write} streams,
 * gives byte for byte what writing that tree gives. Called by every test that binds a fixture document.
 */
final class WrittenBack {
    private static final tools.jackson.databind.ObjectMapper PLAIN_JACKSON3 =
            JsonMapper.builder().build();
    private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN_JACKSON2 =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private WrittenBack() {}

    /** {@code parsed}: the document as Jackson 2 plain values with exact decimals, {@code "$schema"} removed. */
    static void assertWritesBack(Class<?> root, Object parsed) throws Exception {
        Object record = invoke(binder(root), null, parsed);
        Object written = invoke(root.getMethod("toJsonValue"), record);

        assertPlain(written, "");
        assertThat(StreamedWrite.text(record))
                .as("writeJson of %s streams what toJsonValue's tree writes", root.getSimpleName())
                .isEqualTo(StreamedWrite.treeText(written));
        JsonNode input = Json.MAPPER.valueToTree(parsed);
        JsonNode output = Json.MAPPER.valueToTree(written);
        assertThat(Json.sameJson(input, output))
                .as("toJsonValue of %s%n in: %s%nout: %s", root.getSimpleName(), input, output)
                .isTrue();
        assertThat(invoke(binder(root), null, written))
                .as("fromJsonValue(toJsonValue(x)) equals x for %s", root.getSimpleName())
                .isEqualTo(record);
        for (String text :
                List.of(PLAIN_JACKSON2.writeValueAsString(written), PLAIN_JACKSON3.writeValueAsString(written))) {
            assertThat(Json.sameJson(input, Json.MAPPER.readTree(text)))
                    .as("%s written by an unconfigured mapper: %s", root.getSimpleName(), text)
                    .isTrue();
        }
    }

    /** A record's {@code fromJsonValue}, a union's {@code fromJson}, an enum's {@code fromValue}. */
    private static java.lang.reflect.Method binder(Class<?> root) throws NoSuchMethodException {
        if (root.isEnum()) {
            return java.util.Arrays.stream(root.getMethods())
                    .filter(m -> m.getName().equals("fromValue"))
                    .findFirst()
                    .orElseThrow();
        }
        return root.getMethod(root.isInterface() ? "fromJson" : "fromJsonValue", Object.class);
    }

    /** Only what a JSON parser gives: fresh maps and lists, strings, booleans, exact numbers, null. */
    private static void assertPlain(Object value, String pointer) {
        if (value instanceof Map<?, ?> map) {
            assertThat(value).as(pointer).isInstanceOf(LinkedHashMap.class);
            map.forEach((key, member) -> {
                assertThat(key).as(pointer).isInstanceOf(String.class);
                assertPlain(member, pointer + "/" + key);
            });
        } else if (value instanceof List<?> list) {
            assertThat(value).as(pointer).isInstanceOf(ArrayList.class);
            for (int i = 0; i < list.size(); i++) {
                assertPlain(list.get(i), pointer + "/" + i);
            }
        } else if (value != null) {
            assertThat(value)
                    .as("%s: %s", pointer, value.getClass())
                    .isInstanceOfAny(
                            String.class, Boolean.class, Integer.class, Long.class, BigDecimal.class, BigInteger.class);
        }
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object... arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
