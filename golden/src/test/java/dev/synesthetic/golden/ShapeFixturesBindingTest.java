package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code schemas/arrays} (tuples, recursion through arrays and maps),
 * {@code schemas/maps-enums} (typed maps, scalar enums) and {@code schemas/validator-keywords}
 * fixtures: every valid document binds with Jackson 2, Jackson 3 and the generated
 * {@code fromJsonValue} to equal values, and each writes back JSON-equal with both mappers.
 */
class ShapeFixturesBindingTest {
    private static final Path INSTANCES = Path.of("src/test/resources/fixture-instances");
    private static final tools.jackson.databind.ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Instance folder → (schema folder → root type). */
    private static final Map<String, Map<String, Class<?>>> ROOTS = Map.of(
            "arrays",
            Map.of(
                    "eslintrc", dev.synesthetic.fixtures.arrays.Eslintrc.class,
                    "geometry", dev.synesthetic.fixtures.arrays.Geometry.class,
                    "ledger", dev.synesthetic.fixtures.arrays.Ledger.class,
                    "menu", dev.synesthetic.fixtures.arrays.Menu.class),
            "maps-enums",
            Map.of(
                    "catalog", dev.synesthetic.fixtures.maps_enums.Catalog.class,
                    "eslintrc", dev.synesthetic.fixtures.maps_enums.Eslintrc.class,
                    "messages", dev.synesthetic.fixtures.maps_enums.Messages.class,
                    "paths", dev.synesthetic.fixtures.maps_enums.Api.class),
            "validator-keywords",
            Map.of(
                    "api-settings", dev.synesthetic.fixtures.validator_keywords.APISettings.class,
                    "package-manifest", dev.synesthetic.fixtures.validator_keywords.PackageManifest.class,
                    "pipeline", dev.synesthetic.fixtures.validator_keywords.Pipeline.class));

    static Stream<Path> documents() throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (String fixture : ROOTS.keySet().stream().sorted().toList()) {
            try (Stream<Path> files = Files.walk(INSTANCES.resolve(fixture).resolve("valid"))) {
                List<Path> documents = files.filter(p -> p.toString().endsWith(".json"))
                        .sorted()
                        .toList();
                assertThat(documents)
                        .extracting(p -> p.getParent().getFileName().toString())
                        .as("every root of %s has a valid document", fixture)
                        .containsAll(ROOTS.get(fixture).keySet());
                found.addAll(documents);
            }
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void bindsThreeWaysAndWritesBackTheSameJson(Path document) throws Exception {
        String fixture = INSTANCES.relativize(document).getName(0).toString();
        Class<?> root =
                ROOTS.get(fixture).get(document.getParent().getFileName().toString());
        JsonNode input = Json.MAPPER.readTree(document.toFile());
        String text = Json.MAPPER.writeValueAsString(input);
        Object parsed = Json.MAPPER.readValue(text, Object.class);

        Object jackson2 = Json.MAPPER.readValue(text, root);
        Object jackson3 = JACKSON3.readValue(text, root);
        Object generated = root.getMethod("fromJsonValue", Object.class).invoke(null, parsed);

        assertThat(jackson2).isInstanceOf(root).isEqualTo(jackson3).isEqualTo(generated);
        WrittenBack.assertWritesBack(root, parsed);
        for (String written :
                List.of(Json.MAPPER.writeValueAsString(jackson2), JACKSON3.writeValueAsString(jackson3))) {
            assertThat(Json.sameJson(input, Json.MAPPER.readTree(written)))
                    .as("%s written as %s", input, written)
                    .isTrue();
        }
    }
}
