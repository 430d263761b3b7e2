package dev.synesthetic.golden;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The Jackson 2 set-up the generated records document: java.time and Optional support, exact
 * decimals for free-form numbers, date-times written as text with their own offset.
 */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Json() {}

  /**
   * JSON equality as a round trip must keep it: numbers by value ({@code 1.0} equals {@code 1}),
   * date-time strings by instant and offset, everything else exactly.
   */
  static boolean sameJson(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue()) || sameDateTime(a.textValue(), b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameJson(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode other = b.get(field.getKey());
        if (other == null || !sameJson(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  private static boolean sameDateTime(String a, String b) {
    try {
      OffsetDateTime x = OffsetDateTime.parse(a);
      OffsetDateTime y = OffsetDateTime.parse(b);
      return x.isEqual(y) && x.getOffset().equals(y.getOffset());
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
