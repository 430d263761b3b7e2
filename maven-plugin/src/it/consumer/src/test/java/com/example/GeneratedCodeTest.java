package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.model.SynestheticAsset;
import com.example.model.SynestheticAssetValidator;
import com.example.model.Violation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code the plugin generated in this build parses, validates and round-trips a real asset. */
class GeneratedCodeTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static ObjectNode example() throws Exception {
        Path file = Path.of("src/test/resources/examples/SynestheticAsset_Example1.json");
        ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readAllBytes(file));
        json.remove("$schema"); // document metadata, not an asset property
        return json;
    }

    @Test
    void aRealAssetValidatesAndRoundTrips() throws Exception {
        ObjectNode json = example();

        List<Violation> violations = SynestheticAssetValidator.validate(MAPPER.treeToValue(json, Object.class));
        assertEquals(List.of(), violations);

        SynestheticAsset asset = MAPPER.treeToValue(json, SynestheticAsset.class);
        JsonNode written = MAPPER.valueToTree(asset);
        assertTrue(json.equals(GeneratedCodeTest::sameValue, written), () -> "wrote back " + written);
    }

    /** Numbers compare by value ({@code 1.0} equals {@code 1}); everything else as usual. */
    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    @Test
    void aBrokenAssetIsReportedAtItsPointer() throws Exception {
        ObjectNode json = example();
        json.put("name", 42);

        List<Violation> violations = SynestheticAssetValidator.validate(MAPPER.treeToValue(json, Object.class));
        assertTrue(
                violations.stream()
                        .anyMatch(v -> v.instanceLocation().equals("/name")
                                && v.keyword().equals("type")),
                violations::toString);
    }
}
