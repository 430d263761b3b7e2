package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.schema.jackson3.ControlBundleReader;
import dev.synesthetic.schema.jackson3.ReadResult;
import dev.synesthetic.schema.jackson3.SynestheticAsset;
import dev.synesthetic.schema.jackson3.SynestheticAssetReader;
import dev.synesthetic.schema.jackson3.Violation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readers generated with {@code jackson=3} ({@code golden/jackson3}, the Synesthetic corpus
 * with readers on Jackson 3): parse, validate and bind with a bare Jackson 3 mapper, the same
 * results as the Jackson 2 readers ({@code GeneratedReadersTest}): every example reads, an invalid
 * document is its violations, and {@code write} reads back to an equal record.
 */
class Jackson3ReadersTest {
    private static final String PACKAGE = "dev.synesthetic.schema.jackson3.";
    private static final ObjectMapper BARE = JsonMapper.builder().build();

    static java.util.stream.Stream<Path> examples() throws java.io.IOException {
        return RoundTripTest.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReadsValidatesBindsAndWritesBackEqual(Path example) throws Exception {
        byte[] bytes = Files.readAllBytes(example);
        ObjectNode input = (ObjectNode) BARE.readTree(bytes);
        Object reader = readerFor(input.remove("$schema").asString());

        ReadResult<?> fromBytes = read(reader, bytes);
        ReadResult<?> fromText = read(reader, new String(bytes, StandardCharsets.UTF_8));
        ReadResult<?> fromTree =
                (ReadResult<?>) method(reader, "bind", Object.class).invoke(reader, input);

        assertThat(fromBytes.violations()).as(example.toString()).isEmpty();
        Object record = fromBytes.orElseThrow();
        assertThat(fromText.orElseThrow()).isEqualTo(record);
        assertThat(fromTree.isValid()).isTrue();
        assertThat((List<?>) method(reader, "validate", Object.class).invoke(reader, input))
                .isEmpty();

        Method write = method(reader, "write", record.getClass());
        String text = (String) write.invoke(reader, record);
        byte[] utf8 = (byte[]) method(reader, "writeBytes", record.getClass()).invoke(reader, record);
        assertThat(utf8).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(read(reader, text).orElseThrow()).as(text).isEqualTo(record);
        // streamed by writeJson, byte for byte what writing the toJsonValue() tree gives
        assertThat(text)
                .isEqualTo(BARE.writeValueAsString(
                        record.getClass().getMethod("toJsonValue").invoke(record)));
        assertThat(Json.sameJson(Json.MAPPER.readTree(input.toString()), Json.MAPPER.readTree(text)))
                .as("%s written back: %s", example.getFileName(), text)
                .isTrue();
    }

    @org.junit.jupiter.api.Test
    void anInvalidDocumentGivesItsViolationsWithPointersAndNoRecord() throws Exception {
        ObjectNode bundle =
                (ObjectNode) BARE.readTree(SharedData.synesthetic().resolve("examples/Control-Bundle_Example.json"));
        bundle.remove("name");
        bundle.put("unknown", 1);
        ((ObjectNode) bundle.get("control_parameters").get(0)).put("label", 3);
        ControlBundleReader reader = new ControlBundleReader(BARE);

        ReadResult<?> result = reader.read(bundle.toString());

        List<String> expected = List.of(
                "(root): missing required property 'name' [required at control-bundle.schema.json#/required]",
                "/control_parameters/0/label: must be string [type at control.schema.json#/properties/label/type]",
                "/unknown: unknown property 'unknown' (additionalProperties is false) [false at control-bundle.schema.json#/additionalProperties]");
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).extracting(Violation::toString).isEqualTo(expected);
        assertThatThrownBy(result::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/control_parameters/0/label: must be string");
        assertThat(reader.validate(bundle)).extracting(Violation::toString).isEqualTo(expected);
        assertThat(reader.bind(bundle).violations())
                .extracting(Violation::toString)
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void malformedJsonAndRepeatedKeysAreViolationsNotExceptions() {
        SynestheticAssetReader reader = new SynestheticAssetReader(BARE);

        assertThat(reader.read("{\"name\": ").violations())
                .singleElement()
                .satisfies(v -> assertThat(v.keyword()).isEqualTo("json"));
        assertThat(reader.read("{\"name\": \"a\", \"name\": \"b\"}").violations())
                .extracting(Violation::instanceLocation, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/name", "duplicateKey"));
        assertThat(reader.read("{\"name\": \"a\"} {}").violations())
                .extracting(Violation::keyword)
                .containsExactly("json");
    }

    @org.junit.jupiter.api.Test
    void absentAndNullStayDistinctThroughWriteAndRead() {
        SynestheticAssetReader reader = new SynestheticAssetReader(BARE);
        SynestheticAsset absent = reader.read("{\"name\":\"a\"}").orElseThrow();
        SynestheticAsset nulled =
                reader.read("{\"name\":\"a\",\"description\":null}").orElseThrow();

        assertThat(absent.description()).isNull();
        assertThat(nulled.description()).isEqualTo(Optional.empty());
        assertThat(reader.read(reader.write(absent)).orElseThrow()).isEqualTo(absent);
        assertThat(reader.read(reader.writeBytes(nulled)).orElseThrow()).isEqualTo(nulled);
        JsonNode written = BARE.readTree(reader.write(nulled));
        assertThat(written.has("description")).isTrue();
        assertThat(BARE.readTree(reader.write(absent)).has("description")).isFalse();
    }

    /** {@code .../control-bundle.schema.json} → a {@code ControlBundleReader} over a bare mapper. */
    private static Object readerFor(String schema) throws ReflectiveOperationException {
        String base = schema.substring(schema.lastIndexOf('/') + 1).replace(".schema.json", "");
        String pascal = Arrays.stream(base.split("-"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining());
        return Class.forName(PACKAGE + pascal + "Reader")
                .getConstructor(ObjectMapper.class)
                .newInstance(BARE);
    }

    private static ReadResult<?> read(Object reader, Object json) throws ReflectiveOperationException {
        return (ReadResult<?>) method(reader, "read", json.getClass()).invoke(reader, json);
    }

    private static Method method(Object reader, String name, Class<?> parameter) throws NoSuchMethodException {
        return reader.getClass().getMethod(name, parameter);
    }
}
