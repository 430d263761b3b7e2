package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.schema.Shader;
import dev.synesthetic.schema.SynestheticAsset;
import dev.synesthetic.schema.SynestheticAssetValidator;
import dev.synesthetic.schema.UniformDef;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The builder snippet of docs/generated-code.md (quoted from this file, ExcerptTest keeps them
 * equal): a Synesthetic asset (after SynestheticAsset_Example4) built without counting arguments,
 * valid for the generated validator, written and read back unchanged.
 */
class BuilderSnippetTest {
    static SynestheticAsset triadPulse() {
        return SynestheticAsset.builder()
                .name("Triad Pulse")
                .description("A pulsating dance of triangle, pentagon, and circle shapes")
                .metaInfoNull() // explicit JSON null; members never set (tone, haptic…) stay absent
                .shader(Shader.builder()
                        .name("triad_pulse")
                        .vertexShader("void main() { gl_Position = vec4(position, 1.0); }")
                        .fragmentShader("void main() { gl_FragColor = vec4(1.0); }")
                        .uniforms(List.of(UniformDef.builder()
                                .name("u_time")
                                .type("float")
                                .stage("fragment")
                                .defaultValue(new BigDecimal("0.0"))
                                .build()))
                        .build())
                .build();
    }

    @Test
    void theSnippetBuildsAValidAssetThatRoundTrips() throws Exception {
        SynestheticAsset asset = triadPulse();
        String json = Json.MAPPER.writeValueAsString(asset);
        Object plain = Json.MAPPER.readValue(json, Object.class);

        assertThat(SynestheticAssetValidator.validate(plain)).isEmpty();
        assertThat(Json.MAPPER.readValue(json, SynestheticAsset.class)).isEqualTo(asset);
        JsonNode tree = Json.MAPPER.readTree(json);
        assertThat(tree.get("meta_info").isNull()).isTrue();
        assertThat(tree.has("tone")).isFalse();
        assertThat(asset.withName("Triad Pulse B").toBuilder().build().name()).isEqualTo("Triad Pulse B");
    }

    /** Builder → generated writer → fromJsonValue: absent stays absent, explicit null stays null. */
    @Test
    void theBuiltAssetIsWrittenWithoutDatabindKeepingAbsentAndNullApart() throws Exception {
        SynestheticAsset asset = triadPulse();
        Map<String, @Nullable Object> json = asset.toJsonValue();

        assertThat(json).containsEntry("meta_info", null).doesNotContainKey("tone");
        assertThat(List.copyOf(json.keySet())).containsExactly("description", "meta_info", "name", "shader");
        assertThat(SynestheticAssetValidator.validate(json)).isEmpty();
        assertThat(SynestheticAsset.fromJsonValue(json)).isEqualTo(asset);
        assertThat(Json.sameJson(
                        Json.MAPPER.valueToTree(json), Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(asset))))
                .isTrue();
    }

    /** created_at / updated_at are readOnly: a request body must not carry them. */
    @Test
    void buildRequestRefusesTheReadOnlyTimestamps() {
        SynestheticAsset asset = triadPulse();
        assertThat(asset.toBuilder().buildRequest()).isEqualTo(asset);
        assertThatThrownBy(() -> asset.toBuilder()
                        .createdAt(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
                        .buildRequest())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SynestheticAsset: read-only member(s) set in a request: createdAt (JSON \"created_at\")");
    }

    @Test
    void withersKeepAbsentNullAndValueApart() {
        SynestheticAsset asset = triadPulse();
        assertThat(asset.withMetaInfoAbsent().toJsonValue()).doesNotContainKey("meta_info");
        assertThat(asset.withDescriptionNull().toJsonValue()).containsEntry("description", null);
        assertThat(asset.withDescriptionAbsent().withDescription("d").description())
                .contains("d");
    }

    @Test
    void aMissingRequiredMemberIsNamedAtBuild() {
        assertThatThrownBy(() -> Shader.builder().name("s").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Shader: required member(s) not set: fragmentShader (JSON \"fragment_shader\"),"
                        + " vertexShader (JSON \"vertex_shader\")");
    }
}
