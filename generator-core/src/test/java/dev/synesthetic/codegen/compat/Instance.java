package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A Synesthetic example or golden edge case ({@code golden/src/test/resources/instances}), without
 * its {@code $schema} key, and the root record that key names.
 */
record Instance(Path file, String record, String json) {
    /** Reads instances and what the old Jackson wrote, numbers exact. */
    static final ObjectMapper READER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * The edge case made of numbers beyond a double's digits inside a union: a mapper without
     * USE_BIG_DECIMAL_FOR_FLOATS binds such a value untyped as a double (the golden module's
     * DefaultMapperRoundTripTest pins that), so it only round-trips with the documented mapper.
     */
    static final String BEYOND_DOUBLE = "control-bundle-big-numbers.json";

    @Override
    public String toString() {
        return file.getFileName().toString();
    }

    static Stream<Instance> all() {
        return Stream.concat(
                list(Locations.shared().resolve("synesthetic-schemas/examples"), 15),
                list(Locations.golden().resolve("src/test/resources/instances"), 9));
    }

    static Stream<Instance> withinDoublePrecision() {
        return all().filter(i -> !i.toString().equals(BEYOND_DOUBLE));
    }

    private static Stream<Instance> list(Path folder, int expected) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> json =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(json).hasSize(expected);
            return json.stream().map(Instance::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instance read(Path file) {
        try {
            ObjectNode json = (ObjectNode) READER.readTree(file.toFile());
            String schema = json.remove("$schema").asText();
            return new Instance(file, recordOf(schema), json.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jsonschema/control-bundle.schema.json} → {@code ControlBundle}. */
    private static String recordOf(String schema) {
        String name = schema.substring(schema.lastIndexOf('/') + 1).replace(".schema.json", "");
        StringBuilder record = new StringBuilder();
        for (String word : name.split("-")) {
            record.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return record.toString();
    }
}
