package dev.synesthetic.codegen.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads {@code synesthetic-codegen.json}, whose keys are the {@link CodegenOptions} keys:
 *
 * <pre>{@code
 * {
 *   "schemas": "schemas/jsonschema",
 *   "output": "src/main/java",
 *   "package": "com.example.model",
 *   "idPrefixes": {"https://example.com/vendor/": "vendor"},
 *   "ignoreLines": ["^// Generated on"],
 *   "jackson": "2.21",
 *   "defaultDraft": "07",
 *   "strict": true,
 *   "validators": true
 * }
 * }</pre>
 *
 * Relative paths are relative to the file's folder. Unknown keys are errors, so a typo cannot be
 * silently ignored; so are values an option refuses, named by key.
 */
public final class SettingsFile {
    /** The name both front ends look for in the working folder / project folder. */
    public static final String DEFAULT_NAME = "synesthetic-codegen.json";

    private SettingsFile() {}

    /** Thrown for a settings file that cannot be used; the message names the file and the key. */
    public static final class InvalidSettingsException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidSettingsException(Path file, String problem) {
            super(file + ": " + problem);
        }
    }

    public static OptionValues read(Path file) throws IOException, InvalidSettingsException {
        JsonNode root;
        try {
            root = JsonTrees.parse(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new InvalidSettingsException(file, "not valid JSON: " + JsonTrees.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSettingsException(file, "must hold one JSON object");
        }
        OptionValues.Builder values = OptionValues.builder();
        Path folder = file.toAbsolutePath().getParent();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Option<?> option = option(field.getKey())
                    .orElseThrow(() -> new InvalidSettingsException(
                            file, "unknown key '" + field.getKey() + "' (known: " + keys() + ")"));
            try {
                read(option, field.getValue(), folder, values);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(file, "'" + option.key() + "': " + e.getMessage());
            }
        }
        return values.build();
    }

    private static void read(Option<?> option, JsonNode value, Path folder, OptionValues.Builder values) {
        switch (option.kind()) {
            case SWITCH -> {
                require(value.isBoolean(), "must be true or false");
                values.text(option, value.asText(), folder);
            }
            case VALUE -> {
                require(value.isTextual() && !value.textValue().isBlank(), "must be a non-empty string");
                values.text(option, value.textValue(), folder);
            }
            case PAIRS -> {
                require(value.isObject(), "must map $id prefixes to folders");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    require(entry.getValue().isTextual(), "value for '" + entry.getKey() + "' must be a folder path");
                    // Put, not parsed from PREFIX=DIR: a JSON key may hold '=' itself.
                    values.put(
                            option.asPairs(),
                            Map.of(entry.getKey(), Path.of(entry.getValue().textValue())));
                }
            }
            case LIST -> {
                require(value.isArray(), "must be an array of strings");
                for (JsonNode item : value) {
                    require(item.isTextual(), "entries must be strings");
                    values.text(option, item.textValue(), null);
                }
            }
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static Optional<Option<?>> option(String key) {
        return CodegenOptions.ALL.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    private static String keys() {
        TreeSet<String> keys = new TreeSet<>();
        CodegenOptions.ALL.forEach(o -> keys.add(o.key()));
        return String.join(", ", keys);
    }
}
