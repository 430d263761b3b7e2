package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@link JacksonReadingTest} with a Jackson 3 mapper: the same results through {@code tools.jackson}. */
class Jackson3ReadingTest {
    private static final ValidationContext.Rule HAS_N =
            (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.OBJECT, "s#/type")
                    && JsonObjectKeywords.required(v, c, List.of("n"), "s#/required");

    private static Jackson3Reading<BigDecimal> reading(JsonMapper mapper, boolean keepsSchemaKey) {
        return new Jackson3Reading<>(
                mapper,
                BigDecimal.class,
                json -> ValidationContext.run(json, HAS_N, "s#", false),
                json -> JsonValues.members(json, new String[] {"n"}).required(0, "n", JsonValues::number),
                keepsSchemaKey);
    }

    private static Jackson3Reading<BigDecimal> reading(boolean keepsSchemaKey) {
        return reading(new JsonMapper(), keepsSchemaKey);
    }

    @Test
    void readsValidatesAndBindsExactNumbers() {
        ReadResult<BigDecimal> result = reading(false).read("{\"n\": 0.10000000000000000000001}");
        assertThat(result.orElseThrow()).isEqualTo(new BigDecimal("0.10000000000000000000001"));
        assertThat(reading(false)
                        .read("{\"n\": 1}".getBytes(StandardCharsets.UTF_8))
                        .isValid())
                .isTrue();
    }

    @Test
    void anInvalidDocumentIsItsViolationsAndIsNotBound() {
        assertThat(reading(false).read("{}").violations())
                .containsExactly(
                        new Violation("", "required", "s#/required", "missing required property 'n'", "/required"));
    }

    @Test
    void malformedJsonARepeatedKeyAndTrailingTextAreViolations() {
        assertThat(reading(false).read("{\"n\": ").violations())
                .extracting(Violation::keyword)
                .containsExactly("json");
        assertThat(reading(false).read("{\"n\": 1, \"n\": 2}").violations())
                .extracting(Violation::keyword, Violation::instanceLocation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("duplicateKey", "/n"));
        assertThat(reading(false).read("{\"n\": 1} []").violations())
                .extracting(Violation::keyword)
                .containsExactly("json");
        assertThat(reading(false).read("").violations())
                .extracting(Violation::keyword)
                .containsExactly("json");
    }

    @Test
    void aStrictMappersOwnDuplicateErrorIsADuplicateKeyViolationToo() {
        JsonMapper strict = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        assertThat(reading(strict, false).read("{\"a\": {\"n\": 1, \"n\": 2}}").violations())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.keyword()).isEqualTo("duplicateKey");
                    assertThat(v.instanceLocation()).isEqualTo("/a/n");
                    assertThat(v.message()).contains("\"n\"");
                });
    }

    @Test
    void theRootSchemaKeyIsMetadataUnlessTheSchemaDeclaresIt() {
        String json = "{\"$schema\": \"x\", \"n\": 1}";
        assertThat(reading(false).validate(Map.of("$schema", "x", "n", 1))).isEmpty();
        assertThat(reading(false).read(json).isValid()).isTrue();
        assertThat(reading(true).read(json).isValid()).isTrue();
    }

    @Test
    void aJackson3TreeIsBoundWithExactNumbers() {
        // a tree holds exact decimals only when its mapper reads them so
        JsonMapper mapper = JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        var tree = mapper.readTree("{\"n\": 0.10000000000000000000001}");
        assertThat(reading(false).bind(tree).orElseThrow()).isEqualTo(new BigDecimal("0.10000000000000000000001"));
        assertThat(reading(false).validate(mapper.readTree("{}")))
                .extracting(Violation::keyword)
                .containsExactly("required");
    }

    @Test
    void aValidValueThatCannotBeBoundIsABindViolation() {
        ReadResult<BigDecimal> result = reading(false).bind(Map.of("n", "not a number"));
        assertThat(result.violations())
                .extracting(Violation::keyword, Violation::instanceLocation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bind", "/n"));
    }

    @Test
    void writesPlainValuesExactlyAsTextAndBytes() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", new BigDecimal("1.50"));
        json.put("none", null);
        json.put("list", List.of(1, true, "s"));
        String text = reading(false).write(out -> out.value(json));
        assertThat(text).isEqualTo("{\"n\":1.50,\"none\":null,\"list\":[1,true,\"s\"]}");
        assertThat(reading(false).writeBytes(out -> out.value(json))).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        // token by token, as a generated writeJson streams it: the same text
        String streamed = reading(false).write(out -> {
            out.startObject();
            out.name("n");
            out.value(new BigDecimal("1.50"));
            out.name("none");
            out.value(null);
            out.name("list");
            JsonSink.list(out, List.<Object>of(1, true, "s"), JsonSink::value);
            out.endObject();
        });
        assertThat(streamed).isEqualTo(text);
    }
}
