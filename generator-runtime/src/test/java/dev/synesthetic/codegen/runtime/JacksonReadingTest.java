package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parse, validate and bind as the generated readers do, with a validator that wants a number {@code n}. */
class JacksonReadingTest {
    private static final ValidationContext.Rule HAS_N =
            (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.OBJECT, "s#/type")
                    && JsonObjectKeywords.required(v, c, List.of("n"), "s#/required");

    private static JacksonReading<BigDecimal> reading(boolean keepsSchemaKey) {
        return new JacksonReading<>(
                new ObjectMapper(),
                BigDecimal.class,
                json -> ValidationContext.run(json, HAS_N, "s#", false),
                json -> JsonValues.members(json, new String[] {"n"}).required(0, "n", JsonValues::number),
                keepsSchemaKey);
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
                .extracting(Violation::keyword)
                .containsExactly("duplicateKey");
        assertThat(reading(false).read("{\"n\": 1} []").violations())
                .extracting(Violation::keyword)
                .containsExactly("json");
    }

    @Test
    void theRootSchemaKeyIsMetadataUnlessTheSchemaDeclaresIt() {
        String json = "{\"$schema\": \"x\", \"n\": 1}";
        assertThat(reading(false).validate(Map.of("$schema", "x", "n", 1))).isEmpty();
        assertThat(reading(false).read(json).isValid()).isTrue();
        assertThat(reading(true).read(json).isValid()).isTrue();
    }

    @Test
    void aValidValueThatCannotBeBoundIsABindViolation() {
        ReadResult<BigDecimal> result = reading(false).bind(Map.of("n", "not a number"));
        assertThat(result.violations())
                .extracting(Violation::keyword, Violation::instanceLocation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bind", "/n"));
    }
}
