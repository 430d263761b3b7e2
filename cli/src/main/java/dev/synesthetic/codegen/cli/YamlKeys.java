package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * The YAML parser, with what Jackson hides of SnakeYAML's events: a mapping key must be a string
 * scalar: a plain key that YAML 1.2's core schema ({@link YamlCoreSchema}) reads as a number,
 * boolean or null ({@code 8080:}, {@code true:}, {@code ~:}), or a key tagged other than
 * {@code !!str}, is an error, and so is a key that is a sequence, mapping or alias (Jackson gives
 * every key as text, so the key's scalar event tells); a value's tag and style, for the core schema.
 */
final class YamlKeys {
    private YamlKeys() {}

    static YAMLFactory factory() {
        return new Factory();
    }

    /**
     * Whether the key just read (the parser is on a FIELD_NAME) is not a string. Merge keys
     * ({@code <<}) are strings here; the caller handles them.
     */
    static boolean notAString(JsonParser parser) {
        if (parser instanceof KeyParser keys && keys.lastEvent() instanceof ScalarEvent scalar) {
            return !YamlCoreSchema.stringTag(scalar.getTag())
                    || (scalar.getTag() == null
                            && scalar.isPlain()
                            && !YamlCoreSchema.plainIsString(scalar.getValue()));
        }
        return false;
    }

    /**
     * The anchor of the value just read, from its SnakeYAML event: Jackson's own
     * {@code getCurrentAnchor()} misses anchors on scalars (jackson-dataformats-text#6).
     */
    static @Nullable String anchor(JsonParser parser) {
        return parser instanceof KeyParser keys && keys.lastEvent() instanceof NodeEvent node ? node.getAnchor() : null;
    }

    /** The scalar just read (the parser is on a value token), or null when the parser is no YAML parser. */
    static @Nullable ScalarEvent scalar(JsonParser parser) {
        return parser instanceof KeyParser keys && keys.lastEvent() instanceof ScalarEvent scalar ? scalar : null;
    }

    /** The tag of the mapping or sequence just started, or null. */
    static @Nullable String collectionTag(JsonParser parser) {
        return parser instanceof KeyParser keys && keys.lastEvent() instanceof CollectionStartEvent start
                ? start.getTag()
                : null;
    }

    /** Whether the key just read is a plain, untagged {@code <<}: YAML's merge key, not a quoted "<<". */
    static boolean isMergeKey(JsonParser parser) {
        return parser instanceof KeyParser keys
                && keys.lastEvent() instanceof ScalarEvent scalar
                && scalar.isPlain()
                && scalar.getTag() == null // a tagged key (!!str <<) is a string
                && scalar.getValue().equals("<<");
    }

    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
            return new KeyParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, getCodec(), reader);
        }
    }

    private static final class KeyParser extends YAMLParser {
        KeyParser(
                IOContext context,
                int features,
                int yamlFeatures,
                LoaderOptions loaderOptions,
                ObjectCodec codec,
                Reader reader) {
            super(
                    context,
                    features,
                    yamlFeatures | YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS.getMask(),
                    loaderOptions,
                    codec,
                    reader);
        }

        Event lastEvent() {
            return _lastEvent;
        }

        /**
         * Where a key is due, refuses one that is not a scalar with its own message and position:
         * Jackson's would name a SnakeYAML event at the column after the key's start.
         */
        @Override
        public JsonToken nextToken() throws IOException {
            if (getParsingContext().inObject() && _currToken != JsonToken.FIELD_NAME && !isClosed()) {
                Event next = _yamlParser.peekEvent();
                String what = next instanceof SequenceStartEvent
                        ? "a sequence; JSON object keys are strings"
                        : next instanceof MappingStartEvent
                                ? "a mapping; JSON object keys are strings"
                                : next instanceof AliasEvent alias
                                        ? "an alias (*" + alias.getAnchor() + "); write the key itself"
                                        : null;
                if (what != null) {
                    throw new JsonParseException(this, "a key that is " + what, _locationFor(next.getStartMark()));
                }
            }
            return super.nextToken();
        }
    }
}
