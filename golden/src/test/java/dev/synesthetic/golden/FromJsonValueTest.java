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
    Object bundle = Json.MAPPER.readValue(
        "{\"name\": \"b\", \"control_parameters\": [{\"label\": \"l\"}]}", Object.class);

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

  private static Object fromJsonValue(Class<?> root, Object json) throws Exception {
    try {
      return root.getMethod("fromJsonValue", Object.class).invoke(null, json);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }
}
