package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.fixtures.oneof.CIJob;
import dev.synesthetic.fixtures.oneof.EventEnvelope;
import dev.synesthetic.fixtures.oneof.Geometry;
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
 * The committed {@code schemas/oneof} fixture: every valid document binds with Jackson 2, Jackson 3
 * and the generated {@code fromJson}/{@code fromJsonValue} to equal values, and each writes back
 * JSON-equal.
 */
class OneOfFixtureBindingTest {
    private static final Path DOCUMENTS = Path.of("src/test/resources/fixture-instances/oneof/valid");
    private static final tools.jackson.databind.ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Map<String, Class<?>> ROOTS =
            Map.of("geometry", Geometry.class, "event", EventEnvelope.class, "ci-job", CIJob.class);

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS)) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(found)
                    .extracting(p -> p.getParent().getFileName().toString())
                    .containsAll(ROOTS.keySet());
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void bindsThreeWaysAndWritesBackTheSameJson(Path document) throws Exception {
        JsonNode input = Json.MAPPER.readTree(document.toFile());
        Class<?> root = ROOTS.get(document.getParent().getFileName().toString());
        String text = Json.MAPPER.writeValueAsString(input);
        Object parsed = Json.MAPPER.readValue(text, Object.class);

        Object jackson2 = Json.MAPPER.readValue(text, root);
        Object jackson3 = JACKSON3.readValue(text, root);
        Object generated = root.getMethod(root.isInterface() ? "fromJson" : "fromJsonValue", Object.class)
                .invoke(null, parsed);

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
