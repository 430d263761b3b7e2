package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.schema.AxisType;
import dev.synesthetic.schema.Control;
import dev.synesthetic.schema.ControlBundle;
import dev.synesthetic.schema.ControlDefault;
import dev.synesthetic.schema.Rule;
import dev.synesthetic.schema.RuleExpr;
import dev.synesthetic.schema.SchemaVersion;
import dev.synesthetic.schema.SynestheticAsset;
import dev.synesthetic.schema.SynthType;
import dev.synesthetic.schema.Tone;
import dev.synesthetic.schema.ToneEffectsItem;
import dev.synesthetic.schema.ToneSynthOptionsPortamento;
import dev.synesthetic.schema.ToneSynthOptionsUnion;
import dev.synesthetic.schema.ToneSynthOptionsVolume;
import dev.synesthetic.schema.ToneSynthUnion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the generated types bind to: the precise Java shape, not just an equal round trip. */
class BindingTest {
    private static <T> T read(String instance, Class<T> type) throws IOException {
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(
                Path.of("src/test/resources/instances", instance).toFile());
        json.remove("$schema");
        return Json.MAPPER.treeToValue(json, type);
    }

    @Test
    void absentAndExplicitNullAreDifferentStates() throws IOException {
        SynestheticAsset nulls = read("asset-explicit-nulls.json", SynestheticAsset.class);
        SynestheticAsset minimal = read("asset-minimal.json", SynestheticAsset.class);

        assertThat(nulls.tone()).isEqualTo(Optional.empty());
        assertThat(nulls.description()).isEqualTo(Optional.empty());
        assertThat(minimal.tone()).isNull();
        assertThat(minimal.description()).isNull();
        assertThat(Json.MAPPER.writeValueAsString(minimal)).isEqualTo("{\"name\":\"Only The Name\"}");
    }

    @Test
    void synthMatchingTheSchemaBindsTyped() throws IOException {
        Tone tone = read("tone-typed-synth.json", Tone.class);

        ToneSynthUnion.ToneSynthValue synth = (ToneSynthUnion.ToneSynthValue) tone.synth();
        assertThat(synth.value().type()).isEqualTo(SynthType.TONE_FM_SYNTH);
        assertThat(synth.value().additionalProperties()).containsEntry("voices", 4);
        var options =
                ((ToneSynthOptionsUnion.ToneSynthOptionsValue) synth.value().options()).value();
        assertThat(options.volume()).isInstanceOf(ToneSynthOptionsVolume.ObjectValue.class);
        assertThat(options.portamento()).isEqualTo(Optional.<ToneSynthOptionsPortamento>empty());
        assertThat(options.additionalProperties()).containsEntry("harmonicity", 3);
    }

    @Test
    void objectsThatDoNotMatchKeepEveryKeyUntyped() throws IOException {
        Tone tone = read("tone-open-shapes.json", Tone.class);

        assertThat(tone.synth()).isInstanceOf(ToneSynthUnion.ObjectValue.class);
        assertThat(((ToneSynthUnion.ObjectValue) tone.synth()).value()).containsKeys("not", "volume");
        assertThat(tone.effects()).isPresent();
        assertThat(tone.effects().get().get(0)).isInstanceOf(ToneEffectsItem.ToneEffectValue.class);
        assertThat(tone.effects().get().get(1)).isInstanceOf(ToneEffectsItem.ObjectValue.class);
        assertThat(tone.additionalProperties()).containsKey("x-custom");
    }

    @Test
    void numbersKeepEveryDigit() throws IOException {
        ControlBundle bundle = read("control-bundle-big-numbers.json", ControlBundle.class);

        Control first = bundle.controlParameters().get(0);
        assertThat(((ControlDefault.NumberValue) first.defaultValue()).value())
                .isEqualTo(new BigDecimal("1234567890.123456789"));
        assertThat(first.min()).contains(new BigDecimal("-9223372036854775809"));
        assertThat(first.smoothingTime()).isEqualByComparingTo("1E-18");
        assertThat(bundle.controlParameters().get(1).defaultValue()).isEqualTo(new ControlDefault.BooleanValue(true));
        assertThat(bundle.controlParameters().get(2).defaultValue())
                .isEqualTo(new ControlDefault.StringValue("Tone.Synth"));
        assertThat(bundle.controlParameters().get(1).mappings().get(0).action().axis())
                .isEqualTo(AxisType.MOUSE_WHEEL);
    }

    @Test
    void integersAndDateTimesAreTyped() throws IOException {
        SynestheticAsset asset = read("asset-date-times.json", SynestheticAsset.class);

        assertThat(asset.createdAt()).isEqualTo(OffsetDateTime.parse("2025-10-14T12:30:45.123456+05:30"));
        assertThat(asset.ruleBundle().id()).contains(new BigInteger("12345678901234567890"));
        assertThat(asset.ruleBundle().createdAt()).contains(OffsetDateTime.parse("2026-02-28T00:00:00Z"));
        assertThat(asset.ruleBundle().updatedAt()).isEqualTo(Optional.empty());
    }

    @Test
    void unionsPickTheVariantByJsonKind() throws IOException {
        Rule rule = read("rule-expr-shapes.json", Rule.class);

        assertThat(rule.expr()).isPresent();
        assertThat(rule.expr().get()).isInstanceOf(RuleExpr.ObjectValue.class);
        assertThat(Json.MAPPER
                        .readValue("{\"id\":\"r\",\"expr\":\"a > b\"}", Rule.class)
                        .expr())
                .contains(new RuleExpr.StringValue("a > b"));
    }

    @Test
    void unknownKeysAreRejectedWhereTheSchemaForbidsThem() {
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"name\":\"x\",\"colour\":\"red\"}", SynestheticAsset.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void missingRequiredPropertiesAndBadEnumValuesAreRejected() {
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"description\":\"no name\"}", SynestheticAsset.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Json.MAPPER.readValue(
                        "{\"axis\":\"mouse.z\",\"sensitivity\":1}", dev.synesthetic.schema.ActionType.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("mouse.z");
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"id\":\"r\",\"expr\":12}", Rule.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("expected string or object");
    }

    @Test
    void enumConstantsKeepTheirWireValues() {
        assertThat(SynthType.TONE_POLY_SYNTH.value()).isEqualTo("Tone.PolySynth");
        assertThat(AxisType.fromValue("mouse.x")).isEqualTo(AxisType.MOUSE_X);
    }

    @Test
    void schemaVersionComesFromVersionJson() throws IOException {
        String declared = Json.MAPPER
                .readTree(SharedData.synesthetic().resolve("version.json").toFile())
                .get("schemaVersion")
                .asText();
        assertThat(SchemaVersion.VALUE).isEqualTo(declared);
    }
}
