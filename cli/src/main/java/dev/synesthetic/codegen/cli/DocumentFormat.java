package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.nio.file.Path;
import java.util.Locale;

/** The instance formats {@code validate} reads, chosen by file extension; anything else is read as JSON. */
enum DocumentFormat {
    JSON(JsonFactory.builder().build()),
    YAML(YamlKeys.factory()),
    // Dates stay strings in RFC 3339 form (TOML's space separator becomes T): format assertions apply.
    TOML(TomlFactory.builder().build());

    final JsonFactory factory;

    DocumentFormat(JsonFactory factory) {
        this.factory = factory;
    }

    static DocumentFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        return name.endsWith(".toml") ? TOML : JSON;
    }

    /** Whether a folder search picks the file up. */
    static boolean isInstance(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".toml");
    }
}
