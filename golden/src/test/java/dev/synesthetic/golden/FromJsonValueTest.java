package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.schema.ControlBundle;
import dev.synesthetic.schema.SynestheticAsset;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each record's generated {@code fromJsonValue} (what the readers bind with) builds the very record
 * Jackson databind binds, from plain values parsed by Jackson 2 or Jackson 3, for every example and
 * edge case; and says where a value does not fit.
 */
class FromJsonValueTest {
    private static final ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static Stream<Path> instances() throws IOException {
        return Stream.concat(RoundTripTest.examples(), RoundTripTest.edgeCases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void buildsTheRecordDatabindBinds(Path file) throws Exception {
        ObjectNode input = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        Class<?> root = RoundTripTest.rootOf(input);
        input.remove("$schema");
        String text = Json.MAPPER.writeValueAsString(input);
        Object databind = Json.MAPPER.readValue(text, root);

        Object fromJackson2 = fromJsonValue(root, Json.MAPPER.readValue(text, Object.class));
        Object fromJackson3 = fromJsonValue(root, JACKSON3.readValue(text, Object.class));

        assertThat(fromJackson2).as(file.getFileName().toString()).isEqualTo(databind);
        assertThat(fromJackson3).as(file.getFileName().toString()).isEqualTo(databind);
    }

    @Test
    void aValueThatDoesNotFitIsRefusedWithItsPointer() throws Exception {
        Object bundle =
                Json.MAPPER.readValue("{\"name\": \"b\", \"control_parameters\": [{\"label\": \"l\"}]}", Object.class);

        assertThatThrownBy(() -> ControlBundle.fromJsonValue(bundle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/control_parameters/0: missing required property '");
        assertThatThrownBy(() -> SynestheticAsset.fromJsonValue(Json.MAPPER.readValue("{\"name\": 5}", Object.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/name: expected string but got number");
        assertThatThrownBy(() -> SynestheticAsset.fromJsonValue("text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected object but got string");
    }

    @Test
    void aClosedRecordRefusesAnUnknownMemberBeforeBindingTheOthers() throws Exception {
        Object bundle =
                Json.MAPPER.readValue("{\"name\": \"b\", \"control_parameters\": [], \"colour\": 1}", Object.class);
        Object misspelt = Json.MAPPER.readValue("{\"nmae\": \"b\"}", Object.class);

        assertThatThrownBy(() -> ControlBundle.fromJsonValue(bundle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/colour: unknown property 'colour': ControlBundle allows no additional properties");
        // the unknown member is named, not the required one it crowds out: checked before converting
        assertThatThrownBy(() -> ControlBundle.fromJsonValue(misspelt))
                .hasMessageStartingWith("/nmae: unknown property 'nmae'");
    }

    @Test
    void aUnionSkipsAClosedVariantThatMeetsAnUnknownMember() throws Exception {
        // Strict (closed, requires b) is tried first; with b present and c unknown it must refuse
        Object both = Json.MAPPER.readValue("{\"b\": 1, \"c\": 2}", Object.class);
        Object exact = Json.MAPPER.readValue("{\"b\": 1}", Object.class);

        assertThat(dev.synesthetic.fixtures.regressions.WidgetEither.fromJson(both))
                .isInstanceOf(dev.synesthetic.fixtures.regressions.WidgetEither.LenientValue.class);
        assertThat(dev.synesthetic.fixtures.regressions.WidgetEither.fromJson(exact))
                .isInstanceOf(dev.synesthetic.fixtures.regressions.WidgetEither.StrictValue.class);
        assertThatThrownBy(() -> dev.synesthetic.fixtures.regressions.Strict.fromJsonValue(both))
                .hasMessage("/c: unknown property 'c': Strict allows no additional properties");
    }

    @Test
    void anOpenRecordKeepsEveryMemberItDoesNotName() throws Exception {
        Object tone = dev.synesthetic.schema.Tone.fromJsonValue(
                Json.MAPPER.readValue("{\"name\": \"t\", \"synth\": {}, \"extra\": [1]}", Object.class));

        assertThat(((dev.synesthetic.schema.Tone) tone).additionalProperties())
                .containsExactly(java.util.Map.entry("extra", java.util.List.of(1)));
        assertThat(dev.synesthetic.schema.ToneSynth.fromJsonValue(Json.MAPPER.readValue(
                                "{\"type\": \"Tone.Synth\", \"options\": {}, \"Type\": 2}", Object.class))
                        .additionalProperties())
                .containsOnlyKeys("Type");
    }

    private static Object fromJsonValue(Class<?> root, Object json) throws Exception {
        try {
            return root.getMethod("fromJsonValue", Object.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
