package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny old/new corpora written by a test: one schema file per call, 2020-12 unless it says otherwise. */
final class Corpora {
    static final String PACKAGE = "p";

    private final Path old;
    private final Path next;
    private GeneratorConfig.Emit emit = GeneratorConfig.Emit.RECORDS_AND_VALIDATORS;

    Corpora(Path temp) throws IOException {
        this.old = Files.createDirectories(temp.resolve("old"));
        this.next = Files.createDirectories(temp.resolve("new"));
    }

    /** Both sides generate {@code what} (validators by default, as {@code generate} does). */
    Corpora emit(GeneratorConfig.Emit what) {
        this.emit = what;
        return this;
    }

    Corpora old(String file, String json) throws IOException {
        write(old.resolve(file), json);
        return this;
    }

    Corpora next(String file, String json) throws IOException {
        write(next.resolve(file), json);
        return this;
    }

    Corpora both(String file, String json) throws IOException {
        return old(file, json).next(file, json);
    }

    GeneratorConfig oldConfig() {
        return GeneratorConfig.builder(old, PACKAGE).emit(emit).build();
    }

    GeneratorConfig newConfig() {
        return GeneratorConfig.builder(next, PACKAGE).emit(emit).build();
    }

    /** An object schema with the given {@code properties} body and {@code required} list, named by its title. */
    static String object(String title, String properties, String required) {
        return "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"https://example.com/"
                + title.toLowerCase(java.util.Locale.ROOT) + ".schema.json\", \"title\": \"" + title
                + "\", \"type\": \"object\", \"additionalProperties\": false, \"properties\": {" + properties
                + "}, \"required\": [" + required + "]}";
    }

    private static void write(Path file, String json) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }
}
