package dev.synesthetic.codegen.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text ↔ Jackson trees on the streaming API alone. {@code ObjectMapper} would do the same,
 * but building its (de)serializer machinery costs ~120 ms of every CLI start, more than parsing
 * the whole corpus; this class loads a few dozen classes instead.
 *
 * <p>Parsing matches a mapper with {@code STRICT_DUPLICATE_DETECTION}, {@code USE_BIG_DECIMAL_FOR_FLOATS}
 * and {@code FAIL_ON_TRAILING_TOKENS}: integers stay exact ({@code int}/{@code long}/{@code BigInteger}
 * nodes), decimals become {@code BigDecimal} with trailing zeros stripped (Jackson's tree default), a
 * repeated key or trailing content is a {@link JsonParseException} with its location. Nesting is
 * handled without recursion, so depth is bounded by memory, not by the thread stack.
 */
public final class JsonTrees {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /** The tree of one JSON document; {@code null} when the input holds no value at all. */
    public static JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        }
    }

    public static JsonNode parse(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser);
        }
    }

    /**
     * The input exceeds one of Jackson's reader limits ({@link StreamReadConstraints}: nesting depth
     * 1000, names of 50,000 characters, numbers of 1000 digits, strings of 20 million characters);
     * unlike Jackson's own exception it keeps the parser, so the caller can say where.
     */
    public static final class TooLarge extends JsonParseException {
        private static final long serialVersionUID = 1L;

        TooLarge(JsonParser parser, StreamConstraintsException cause) {
            super(parser, cause.getOriginalMessage().replaceAll(", from `StreamReadConstraints[^`]*`", ""), cause);
        }
    }

    private static JsonNode read(JsonParser parser) throws IOException {
        try {
            return readDocument(parser);
        } catch (StreamConstraintsException e) {
            throw new TooLarge(parser, e);
        }
    }

    private static JsonNode readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = readValue(parser, first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "trailing content after the JSON value");
        }
        return root;
    }

    /** One value starting at {@code token}; containers are filled with an explicit stack. */
    private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
        if (!token.isStructStart()) {
            return scalar(parser, token);
        }
        Deque<JsonNode> open = new ArrayDeque<>();
        JsonNode root = container(token);
        open.push(root);
        while (!open.isEmpty()) {
            JsonToken next = parser.nextToken();
            if (next == null) {
                throw new JsonParseException(parser, "unexpected end of input");
            }
            if (next.isStructEnd()) {
                open.pop();
                continue;
            }
            JsonNode parent = open.peek();
            String key = null;
            if (next == JsonToken.FIELD_NAME) {
                key = parser.currentName();
                next = parser.nextToken();
            }
            JsonNode value = next.isStructStart() ? container(next) : scalar(parser, next);
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).add(value);
            }
            if (next.isStructStart()) {
                open.push(value);
            }
        }
        return root;
    }

    private static JsonNode container(JsonToken start) {
        return start == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(stripped(parser.getDecimalValue()));
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected token " + token);
        };
    }

    /**
     * A parse failure for people: Jackson's message without its "[Source: REDACTED ...]" placeholder,
     * then where it happened, e.g. {@code Unexpected end-of-input ... (line 3, column 1)}.
     */
    public static String describe(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.replaceAll("\\[Source: REDACTED[^;]*; ", "[");
        com.fasterxml.jackson.core.JsonLocation where = e.getLocation();
        return where == null
                ? message
                : message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static BigDecimal stripped(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** Compact JSON; with {@code sortKeys} every object's keys in code-unit order (a canonical form). */
    public static String write(JsonNode node, boolean sortKeys) {
        return write(node, sortKeys, false);
    }

    /** Two-space indented JSON with LF line endings and {@code "key": value} spacing, on any platform. */
    public static String writePretty(JsonNode node) {
        return write(node, false, true);
    }

    private static String write(JsonNode node, boolean sortKeys, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (pretty) {
                generator.setPrettyPrinter(new ColonPrinter());
            }
            writeNode(generator, node, sortKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void writeNode(JsonGenerator generator, JsonNode node, boolean sortKeys) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                if (sortKeys) {
                    Map<String, JsonNode> sorted = new TreeMap<>();
                    fields.forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
                    fields = sorted.entrySet().iterator();
                }
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    writeNode(generator, field.getValue(), sortKeys);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    writeNode(generator, element, sortKeys);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> {
                if (node.isBigDecimal()) {
                    generator.writeNumber(node.decimalValue());
                } else if (node.isBigInteger()) {
                    generator.writeNumber(node.bigIntegerValue());
                } else if (node.isLong()) {
                    generator.writeNumber(node.longValue());
                } else if (node.isInt()) {
                    generator.writeNumber(node.intValue());
                } else {
                    generator.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /** Jackson's default printer with LF indents and no space before the colon. */
    private static final class ColonPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        ColonPrinter() {
            super();
            _objectIndenter = new DefaultIndenter("  ", "\n");
            _arrayIndenter = new DefaultIndenter("  ", "\n");
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new ColonPrinter();
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }
    }
}
