package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.schema.Control;
import dev.synesthetic.schema.ControlBundle;
import dev.synesthetic.schema.Haptic;
import dev.synesthetic.schema.Modulation;
import dev.synesthetic.schema.Rule;
import dev.synesthetic.schema.RuleBundle;
import dev.synesthetic.schema.Shader;
import dev.synesthetic.schema.SynestheticAsset;
import dev.synesthetic.schema.Tone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Synesthetic example, and every hand-written edge-case instance, binds to its root record
 * and writes back JSON equal to the input.
 *
 * <p>An example's root {@code "$schema"} key names the schema file it follows; it is metadata about
 * the document, not an asset property (the schemas forbid unknown keys at the root, and the
 * upstream validator sets it aside too). It is set aside before binding and is not part of the
 * record.
 */
class RoundTripTest {
    static final Map<String, Class<?>> ROOTS = Map.of(
            "control-bundle", ControlBundle.class,
            "control", Control.class,
            "haptic", Haptic.class,
            "modulation", Modulation.class,
            "rule-bundle", RuleBundle.class,
            "rule", Rule.class,
            "shader", Shader.class,
            "synesthetic-asset", SynestheticAsset.class,
            "tone", Tone.class);

    static Stream<Path> examples() throws IOException {
        Path folder = SharedData.synesthetic().resolve("examples");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> examples =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(examples).hasSize(15);
            return examples.stream();
        }
    }

    static Stream<Path> edgeCases() throws IOException {
        Path folder = Path.of("src/test/resources/instances");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRoundTrips(Path example) throws Exception {
        assertRoundTrip(example);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void edgeCaseRoundTrips(Path instance) throws Exception {
        assertRoundTrip(instance);
    }

    private static void assertRoundTrip(Path file) throws Exception {
        ObjectNode input = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        Class<?> root = rootOf(input);
        input.remove("$schema");
        String text = Json.MAPPER.writeValueAsString(input);

        Object bound = Json.MAPPER.readValue(text, root);
        WrittenBack.assertWritesBack(root, Json.MAPPER.readValue(text, Object.class));
        JsonNode written = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(bound));

        assertThat(Json.sameJson(input, written))
                .as(
                        "round trip of %s as %s%n in: %s%nout: %s",
                        file.getFileName(), root.getSimpleName(), input, written)
                .isTrue();
    }

    /** {@code "$schema": "jsonschema/tone.schema.json"} → {@link Tone}. */
    static Class<?> rootOf(JsonNode instance) {
        String schema = instance.path("$schema").asText();
        String name = schema.substring(schema.lastIndexOf('/') + 1).replace(".schema.json", "");
        Class<?> root = ROOTS.get(name);
        assertThat(root).as("root record for $schema '%s'", schema).isNotNull();
        return root;
    }
}
