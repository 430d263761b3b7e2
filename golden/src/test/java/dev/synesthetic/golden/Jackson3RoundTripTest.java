package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.schema.SynestheticAsset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated records use only {@code com.fasterxml.jackson.annotation}, which Jackson 3 shares
 * with Jackson 2: the same examples and edge cases round-trip through Jackson 3 with no modules.
 */
class Jackson3RoundTripTest {
    private static final ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    static Stream<Path> instances() throws IOException {
        return Stream.concat(RoundTripTest.examples(), RoundTripTest.edgeCases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void roundTripsWithJackson3(Path file) throws IOException {
        ObjectNode input = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        Class<?> root = RoundTripTest.rootOf(input);
        input.remove("$schema");

        Object bound = JACKSON3.readValue(Json.MAPPER.writeValueAsString(input), root);
        JsonNode written = Json.MAPPER.readTree(JACKSON3.writeValueAsString(bound));

        assertThat(Json.sameJson(input, written))
                .as("Jackson 3 round trip of %s%n in: %s%nout: %s", file.getFileName(), input, written)
                .isTrue();
    }

    @Test
    void absentAndNullStayDistinctUnderJackson3() {
        SynestheticAsset absent = JACKSON3.readValue("{\"name\":\"a\"}", SynestheticAsset.class);
        SynestheticAsset nulled = JACKSON3.readValue("{\"name\":\"a\",\"tone\":null}", SynestheticAsset.class);

        assertThat(absent.tone()).isNull();
        assertThat(nulled.tone()).isEqualTo(Optional.empty());
    }
}
