package dev.synesthetic.golden;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A generated type's {@code writeJson(JsonSink)} (the streaming writer the readers' {@code write}
 * uses) and its {@code toJsonValue()} tree, each written token by token through a plain Jackson 2
 * generator, so the two texts can be compared byte for byte. The sink is package-private in each
 * generated package, so it is implemented here as a proxy.
 */
final class StreamedWrite {
    private StreamedWrite() {}

    /** {@code value.writeJson(sink)} through a generator. */
    static String text(Object value) throws Exception {
        Method writeJson = findWriteJson(value.getClass());
        Class<?> sinkType = writeJson.getParameterTypes()[0];
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(out)) {
            Object sink = Proxy.newProxyInstance(
                    sinkType.getClassLoader(), new Class<?>[] {sinkType}, (proxy, method, args) -> {
                        event(generator, method.getName(), args == null ? null : args[0]);
                        return null;
                    });
            writeJson.setAccessible(true);
            try {
                writeJson.invoke(value, sink);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return out.toString();
    }

    /** A {@code toJsonValue()} tree through the same generator. */
    static String treeText(Object tree) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(out)) {
            plain(generator, tree);
        }
        return out.toString();
    }

    private static Method findWriteJson(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals("writeJson") && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new AssertionError(type.getName() + " has no writeJson(JsonSink)");
    }

    private static void event(JsonGenerator generator, String name, Object argument) throws IOException {
        switch (name) {
            case "startObject" -> generator.writeStartObject();
            case "endObject" -> generator.writeEndObject();
            case "startArray" -> generator.writeStartArray();
            case "endArray" -> generator.writeEndArray();
            case "name" -> generator.writeFieldName((String) argument);
            case "value" -> plain(generator, argument);
            default -> throw new AssertionError("unexpected sink method " + name);
        }
    }

    private static void plain(JsonGenerator generator, Object json) throws IOException {
        if (json == null) {
            generator.writeNull();
        } else if (json instanceof String text) {
            generator.writeString(text);
        } else if (json instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (json instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (json instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (json instanceof Integer || json instanceof Long) {
            generator.writeNumber(((Number) json).longValue());
        } else if (json instanceof Map<?, ?> members) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> member : members.entrySet()) {
                generator.writeFieldName((String) member.getKey());
                plain(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (json instanceof List<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                plain(generator, item);
            }
            generator.writeEndArray();
        } else {
            throw new AssertionError(
                    "not a plain JSON value: " + json.getClass().getName());
        }
    }
}
