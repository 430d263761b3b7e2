package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.fixtures.presence.PresenceMatrix;
import dev.synesthetic.fixtures.unions.UnionCases;
import dev.synesthetic.schema.Control;
import dev.synesthetic.schema.ControlBundle;
import dev.synesthetic.schema.ControlDefault;
import dev.synesthetic.schema.SynestheticAsset;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records carry what they need on their date-time components: a mapper with the modules on
 * the class path and no other configuration reads and writes RFC 3339 strings, each with its own
 * offset, so every example and edge case round-trips through it. One limit is the mapper's, not
 * the records': a union or free-form value is bound as Jackson's untyped value, a {@code Double}
 * unless USE_BIG_DECIMAL_FOR_FLOATS is on, so the edge case made of numbers beyond a double's
 * digits gets a test of its own.
 */
class DefaultMapperRoundTripTest {
    private static final ObjectMapper DEFAULT =
            JsonMapper.builder().findAndAddModules().build();
    /** Jackson 3 needs no modules for java.time; its defaults adjust date-times to UTC on read. */
    private static final tools.jackson.databind.ObjectMapper DEFAULT3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private static final String BEYOND_DOUBLE = "control-bundle-big-numbers.json";

    static Stream<Path> instances() throws IOException {
        return Stream.concat(RoundTripTest.examples(), RoundTripTest.edgeCases())
                .filter(f -> !f.getFileName().toString().equals(BEYOND_DOUBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void roundTripsWithADefaultMapper(Path file) throws IOException {
        ObjectNode input = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        Class<?> root = RoundTripTest.rootOf(input);
        input.remove("$schema");

        Object bound = DEFAULT.readValue(Json.MAPPER.writeValueAsString(input), root);
        JsonNode written = Json.MAPPER.readTree(DEFAULT.writeValueAsString(bound));

        assertThat(Json.sameJson(input, written))
                .as("default-mapper round trip of %s%n in: %s%nout: %s", file.getFileName(), input, written)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void roundTripsWithADefaultJackson3Mapper(Path file) throws IOException {
        ObjectNode input = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        Class<?> root = RoundTripTest.rootOf(input);
        input.remove("$schema");

        Object bound = DEFAULT3.readValue(Json.MAPPER.writeValueAsString(input), root);
        JsonNode written = Json.MAPPER.readTree(DEFAULT3.writeValueAsString(bound));

        assertThat(Json.sameJson(input, written))
                .as("default Jackson 3 round trip of %s%n in: %s%nout: %s", file.getFileName(), input, written)
                .isTrue();
    }

    @Test
    void dateTimesKeepTheirOffsetAndAreWrittenAsText() throws IOException {
        String json = "{\"created_at\":\"2025-10-16T12:34:56.789+05:30\",\"name\":\"a\"}";

        SynestheticAsset asset = DEFAULT.readValue(json, SynestheticAsset.class);

        assertThat(asset.createdAt()).isEqualTo(OffsetDateTime.parse("2025-10-16T12:34:56.789+05:30"));
        assertThat(asset.createdAt().getOffset().getTotalSeconds()).isEqualTo(19800);
        assertThat(DEFAULT.writeValueAsString(asset)).isEqualTo(json);
        assertThat(DEFAULT3.readValue(json, SynestheticAsset.class)).isEqualTo(asset);
        assertThat(DEFAULT3.writeValueAsString(asset)).isEqualTo(json);
    }

    @Test
    void everyKindOfDateTimeUseKeepsItsOffset() throws IOException {
        // required, required nullable, optional, optional nullable (Optional, AtomicReference creator
        // parameter) and a union variant written through @JsonValue
        String matrix = """
        {"stringRequired": "s", "stringRequiredNullable": null, "stringRequiredTypeList": null,
         "integerRequired": 0, "integerRequiredNullable": null, "integerRequiredTypeList": null,
         "numberRequired": 0, "numberRequiredNullable": null, "numberRequiredTypeList": null,
         "booleanRequired": false, "booleanRequiredNullable": null, "booleanRequiredTypeList": null,
         "dateTimeRequired": "2025-10-14T12:30:45.123456+05:30", "dateTimeRequiredNullable": "1999-12-31T23:00:00-08:00",
         "dateTimeRequiredTypeList": "2024-01-01T00:00:00.123456789+14:00",
         "dateTimeOptional": "2000-02-29T12:00:00.1-12:30", "dateTimeOptionalNullable": "2024-06-01T08:00:00.5+02:00",
         "arrayRequired": [], "arrayRequiredNullable": null, "arrayRequiredTypeList": null,
         "refRequired": {"id": "r"}, "refRequiredNullable": null,
         "enumRequired": "red", "enumRequiredNullable": null, "enumRequiredTypeList": null}
        """;
        String unions = """
        {"requiredUnion": 1, "requiredNullableUnion": null, "dateTimeOrInteger": "2024-06-01T08:00:00.5+02:00"}
        """;

        assertDefaultRoundTrip(matrix, PresenceMatrix.class);
        assertDefaultRoundTrip(unions, UnionCases.class);
        assertThat(DEFAULT.readValue(matrix, PresenceMatrix.class).dateTimeOptionalNullable())
                .contains(OffsetDateTime.parse("2024-06-01T08:00:00.5+02:00"));
    }

    private static void assertDefaultRoundTrip(String json, Class<?> type) throws IOException {
        JsonNode written = Json.MAPPER.readTree(DEFAULT.writeValueAsString(DEFAULT.readValue(json, type)));
        assertThat(Json.sameJson(Json.MAPPER.readTree(json), written))
                .as("%s", written)
                .isTrue();
        JsonNode written3 = Json.MAPPER.readTree(DEFAULT3.writeValueAsString(DEFAULT3.readValue(json, type)));
        assertThat(Json.sameJson(Json.MAPPER.readTree(json), written3))
                .as("Jackson 3: %s", written3)
                .isTrue();
    }

    @Test
    void typedNumbersStayExactWhileUntypedOnesAreTheMappersChoice() throws IOException {
        ControlBundle bundle = DEFAULT.readValue(
                withoutSchema(Path.of("src/test/resources/instances", BEYOND_DOUBLE)), ControlBundle.class);

        Control big = bundle.controlParameters().get(0);
        assertThat(big.min()).isEqualTo(Optional.of(new BigDecimal("-9223372036854775809")));
        assertThat(big.max()).isEqualTo(Optional.of(new BigDecimal("98765432109876543210.5")));
        // ControlDefault is a union: Jackson binds it untyped, and without USE_BIG_DECIMAL_FOR_FLOATS
        // that is a double, rounded before the record sees it (RoundTripTest keeps every digit).
        assertThat(((ControlDefault.NumberValue) big.defaultValue()).value())
                .isEqualByComparingTo(new BigDecimal("1234567890.1234567"));
    }

    private static String withoutSchema(Path file) throws IOException {
        ObjectNode input = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        input.remove("$schema");
        return Json.MAPPER.writeValueAsString(input);
    }
}
