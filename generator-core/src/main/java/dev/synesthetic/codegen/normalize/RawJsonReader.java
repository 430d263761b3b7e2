package dev.synesthetic.codegen.normalize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link RawJson} with Jackson's streaming parser, as strict as the corpus loader (a repeated
 * key or trailing content is an error), taking each string and name from the source text between
 * its quotes. Depth is bounded by Jackson's nesting limit (1000), so recursion is safe.
 */
final class RawJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String text;
    private final JsonParser parser;

    private RawJsonReader(String text, JsonParser parser) {
        this.text = text;
        this.parser = parser;
    }

    static RawJson read(String text) throws NotJsonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            RawJsonReader reader = new RawJsonReader(text, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotJsonException("no JSON value (the file is empty)");
            }
            RawJson root = reader.value(first);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "trailing content after the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new NotJsonException(JsonTrees.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private RawJson value(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> new RawJson.Scalar(quoted());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new RawJson.Scalar(parser.getText());
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> new RawJson.Scalar(token.asString());
            default -> throw new JsonParseException(parser, "unexpected token " + token);
        };
    }

    private RawJson object() throws IOException {
        List<RawJson.Member> members = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String rawName = quoted();
            members.add(new RawJson.Member(name, rawName, value(parser.nextToken())));
        }
        return new RawJson.ObjectValue(members);
    }

    private RawJson array() throws IOException {
        List<RawJson> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(value(token));
        }
        return new RawJson.ArrayValue(elements);
    }

    /** The current string token or member name exactly as written, quotes included. */
    private String quoted() {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        if (start < 0 || start >= text.length() || text.charAt(start) != '"') {
            throw new IllegalStateException("no string at character " + start);
        }
        int end = start + 1;
        while (text.charAt(end) != '"') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        return text.substring(start, end + 1);
    }
}
