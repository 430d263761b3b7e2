package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML read as YAML 1.2's core schema: only {@code true}/{@code false} are booleans ({@code yes},
 * {@code on} stay strings), and a mapping key must be a string: a plain key that the core schema
 * reads as a number, boolean or null ({@code 8080:}, {@code true:}, {@code ~:}), or an explicitly
 * tagged key, is an error. Jackson gives every key as text, so the key's scalar event tells.
 */
final class YamlKeys {
    private YamlKeys() {}

    private static final Pattern CORE_NOT_STRING = Pattern.compile("null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
            + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
            + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    static YAMLFactory factory() {
        return new Factory();
    }

    /**
     * Whether the key just read (the parser is on a FIELD_NAME) is not a string. Merge keys
     * ({@code <<}) are strings here; the caller handles them.
     */
    static boolean notAString(JsonParser parser) {
        if (parser instanceof KeyParser keys && keys.lastEvent() instanceof ScalarEvent scalar) {
            boolean tagged = scalar.getTag() != null && !scalar.getTag().equals("tag:yaml.org,2002:str");
            return tagged
                    || (scalar.isPlain()
                            && (scalar.getValue().isEmpty()
                                    || CORE_NOT_STRING
                                            .matcher(scalar.getValue())
                                            .matches()));
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

    /** Whether the key just read is a plain {@code <<}: YAML's merge key, not a quoted "<<". */
    static boolean isMergeKey(JsonParser parser) {
        return parser instanceof KeyParser keys
                && keys.lastEvent() instanceof ScalarEvent scalar
                && scalar.isPlain()
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

        org.yaml.snakeyaml.events.Event lastEvent() {
            return _lastEvent;
        }
    }
}
