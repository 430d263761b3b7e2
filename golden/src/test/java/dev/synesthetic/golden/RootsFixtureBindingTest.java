package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.fixtures.roots.Channel;
import dev.synesthetic.fixtures.roots.Redirects;
import dev.synesthetic.fixtures.roots.RedirectsItem;
import dev.synesthetic.fixtures.roots.ReleaseVersion;
import dev.synesthetic.fixtures.roots.Services;
import dev.synesthetic.fixtures.roots.Setting;
import dev.synesthetic.fixtures.roots.Site;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * File roots that are not objects ({@code schemas/roots}): each binds from and writes back as the
 * bare JSON document — a wrapped array, map or string is never {@code {"value": ...}} — with
 * Jackson 2, Jackson 3 and the generated {@code fromJsonValue}, to equal values.
 */
class RootsFixtureBindingTest {
    private static final Path DOCUMENTS = Path.of("src/test/resources/fixture-instances/roots/valid");
    private static final tools.jackson.databind.ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Map<String, Class<?>> ROOTS = Map.of(
            "channel",
            Channel.class,
            "redirects",
            Redirects.class,
            "release-version",
            ReleaseVersion.class,
            "services",
            Services.class,
            "setting",
            Setting.class,
            "site",
            Site.class);

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
    void bindsAndWritesBackTheBareDocumentThreeWays(Path document) throws Exception {
        JsonNode input = Json.MAPPER.readTree(document.toFile());
        if (input instanceof ObjectNode object) {
            object.remove("$schema");
        }
        Class<?> root = ROOTS.get(document.getParent().getFileName().toString());
        String text = Json.MAPPER.writeValueAsString(input);

        Object jackson2 = Json.MAPPER.readValue(text, root);
        Object jackson3 = JACKSON3.readValue(text, root);
        Object generated = fromJsonValue(root, Json.MAPPER.readValue(text, Object.class));

        assertThat(jackson2).isInstanceOf(root).isEqualTo(jackson3).isEqualTo(generated);
        WrittenBack.assertWritesBack(root, Json.MAPPER.readValue(text, Object.class));
        for (String written :
                List.of(Json.MAPPER.writeValueAsString(jackson2), JACKSON3.writeValueAsString(jackson3))) {
            assertThat(Json.sameJson(input, Json.MAPPER.readTree(written)))
                    .as("%s written as %s", input, written)
                    .isTrue();
        }
    }

    @Test
    void anArrayRootIsAListOfItsItemRecords() throws IOException {
        Redirects redirects =
                Json.MAPPER.readValue("[{\"from\": \"/a\", \"to\": \"/b\", \"status\": 301}]", Redirects.class);

        RedirectsItem first = redirects.value().get(0);
        assertThat(first.from()).isEqualTo("/a");
        assertThat(first.status()).isEqualTo(BigInteger.valueOf(301));
        assertThat(Json.MAPPER.writeValueAsString(new Redirects(List.of(first))))
                .isEqualTo("[{\"from\":\"/a\",\"to\":\"/b\",\"status\":301}]");
    }

    @Test
    void aMapRootKeepsItsNamesAndAScalarRootIsTheBareString() throws IOException {
        Services services =
                Json.MAPPER.readValue("{\"web\": {\"image\": \"nginx\"}, \"db\": {\"image\": \"pg\"}}", Services.class);

        assertThat(services.value()).containsOnlyKeys("web", "db");
        assertThat(services.value().get("db").image()).isEqualTo("pg");
        assertThat(Json.MAPPER.writeValueAsString(new ReleaseVersion("1.2.3"))).isEqualTo("\"1.2.3\"");
        assertThat(Json.MAPPER.readValue("\"1.2.3\"", ReleaseVersion.class)).isEqualTo(new ReleaseVersion("1.2.3"));
    }

    private static Object fromJsonValue(Class<?> root, Object json) throws ReflectiveOperationException {
        if (root.isEnum()) {
            return root.getMethod("fromValue", String.class).invoke(null, json);
        }
        return root.getMethod(root.isInterface() ? "fromJson" : "fromJsonValue", Object.class)
                .invoke(null, json);
    }
}
