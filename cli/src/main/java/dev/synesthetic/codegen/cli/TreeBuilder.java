package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Builds one document's tree from any Jackson parser, noting where each value starts (by JSON
 * Pointer), refusing duplicate keys and YAML keys that are not strings, and resolving YAML anchors,
 * aliases and merge keys ({@code <<}) as values: an alias stands for a copy of its anchored value,
 * and all aliases of a document together may repeat at most {@link #MAX_ALIASED_VALUES} values, so
 * a "billion laughs" document is refused instead of expanded.
 */
final class TreeBuilder {
    static final int MAX_ALIASED_VALUES = 100_000;

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** How Jackson's TOML parser gives inf and nan, and how TOML writes them. */
    private static final Map<String, String> TOML_NOT_FINITE =
            Map.of("Infinity", "inf", "-Infinity", "-inf", "NaN", "nan");

    private final JsonParser parser;
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<String, Integer> anchorSizes = new HashMap<>();
    private int values;
    private int aliased;

    private TreeBuilder(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads the document whose first token the parser is on. */
    static InstanceDocumentParts read(JsonParser parser) throws IOException, UnreadableDocument {
        TreeBuilder builder = new TreeBuilder(parser);
        JsonNode value = builder.value(parser.currentToken(), "");
        return new InstanceDocumentParts(value, Map.copyOf(builder.positions));
    }

    /** A document's tree and where its values start. */
    record InstanceDocumentParts(JsonNode value, Map<String, Position> positions) {}

    private JsonNode value(JsonToken token, String pointer) throws IOException, UnreadableDocument {
        Position at = position();
        if (at != null) {
            positions.put(pointer, at);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            return alias(parser.getText());
        }
        String anchor = YamlKeys.anchor(parser);
        int before = values;
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            YamlCoreSchema.collection(YamlKeys.collectionTag(parser), token == JsonToken.START_OBJECT, at);
        }
        JsonNode node = switch (token) {
            case START_OBJECT -> object(pointer);
            case START_ARRAY -> array(pointer);
            default -> scalar(token, pointer, at);
        };
        values++;
        if (anchor != null) {
            anchors.put(anchor, node);
            anchorSizes.put(anchor, values - before);
        }
        return node;
    }

    private JsonNode alias(String anchor) throws UnreadableDocument {
        JsonNode node = anchors.get(anchor);
        if (node == null) {
            throw new UnreadableDocument("alias *" + anchor + " names no anchor before it", position());
        }
        int size = anchorSizes.get(anchor);
        aliased += size;
        values += size;
        if (aliased > MAX_ALIASED_VALUES) {
            throw new UnreadableDocument(
                    "aliases repeat more than " + MAX_ALIASED_VALUES + " values (an alias bomb?); not expanded further",
                    position());
        }
        return node.deepCopy();
    }

    private JsonNode object(String pointer) throws IOException, UnreadableDocument {
        ObjectNode object = NODES.objectNode();
        List<JsonNode> merged = new ArrayList<>();
        Position mergedAt = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position keyAt = position();
            boolean merge = YamlKeys.isMergeKey(parser);
            if (!merge && YamlKeys.notAString(parser)) {
                throw new UnreadableDocument("the key " + name + " is not a string (quote it)", keyAt);
            }
            if (!merge && object.has(name)) {
                throw new UnreadableDocument("duplicate key \"" + name + "\"", keyAt);
            }
            String member = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            JsonNode value = value(parser.nextToken(), merge ? pointer + "/<<" : member);
            if (merge) {
                merged.add(value);
                mergedAt = keyAt;
            } else {
                object.set(name, value);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new UnreadableDocument("unexpected " + token + " in an object", position());
        }
        positions.remove(pointer + "/<<");
        for (JsonNode source : merged) {
            merge(object, source, pointer, mergedAt);
        }
        return object;
    }

    /** YAML merge keys: members the mapping does not set itself, from a mapping or a list of them (earlier wins). */
    private void merge(ObjectNode object, JsonNode source, String pointer, @Nullable Position at)
            throws UnreadableDocument {
        List<JsonNode> sources = new ArrayList<>();
        if (source.isArray()) {
            source.forEach(sources::add);
        } else {
            sources.add(source);
        }
        for (JsonNode one : sources) {
            if (!one.isObject()) {
                throw new UnreadableDocument("a merge key (<<) takes a mapping or a list of mappings", at);
            }
            for (Map.Entry<String, JsonNode> member : one.properties()) {
                if (!object.has(member.getKey())) {
                    object.set(member.getKey(), member.getValue());
                    if (at != null) {
                        positions.put(
                                pointer + "/"
                                        + member.getKey().replace("~", "~0").replace("/", "~1"),
                                at);
                    }
                }
            }
        }
    }

    private JsonNode array(String pointer) throws IOException, UnreadableDocument {
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new UnreadableDocument("unexpected end of input in an array", position());
            }
            array.add(value(token, pointer + "/" + array.size()));
        }
        return array;
    }

    private JsonNode scalar(JsonToken token, String pointer, @Nullable Position at)
            throws IOException, UnreadableDocument {
        ScalarEvent yaml = YamlKeys.scalar(parser);
        if (yaml != null) { // YAML: typed by the core schema from the scalar itself, not by Jackson's token
            return YamlCoreSchema.scalar(yaml.getTag(), yaml.isPlain(), yaml.getValue(), at);
        }
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> {
                String text = parser.getText();
                if (TOML_NOT_FINITE.containsKey(text)) { // TOML's inf and nan: JSON has neither
                    throw new UnreadableDocument(
                            pointer + " is " + TOML_NOT_FINITE.get(text) + "; " + YamlCoreSchema.NO_SUCH_NUMBER, at);
                }
                yield NODES.numberNode(parser.getDecimalValue()); // exact, so 1e400 stays a number
            }
            default -> throw new UnreadableDocument("unexpected " + token, position());
        };
    }

    private @Nullable Position position() {
        JsonLocation location = parser.currentTokenLocation();
        return location.getLineNr() > 0 ? new Position(location.getLineNr(), location.getColumnNr()) : null;
    }
}
