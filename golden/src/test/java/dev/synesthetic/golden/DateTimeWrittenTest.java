package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.schema.SynestheticAsset;
import dev.synesthetic.schema.jackson3.SynestheticAssetReader;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A date-time is held as an {@code OffsetDateTime} and written in one normal form (see
 * docs/generated-code.md, "Date-times"): the instant and the offset as read, the fraction without
 * trailing zeros, a zero offset as {@code Z}, upper-case {@code T}. The same text whichever way the
 * record was read (Jackson 2 databind, the Jackson 3 reader, {@code fromJsonValue}) and written
 * ({@code toJsonValue()}, Jackson 2 databind, the Jackson 3 reader's {@code write}).
 */
class DateTimeWrittenTest {
    private static final ObjectMapper BARE3 = JsonMapper.builder().build();
    private static final SynestheticAssetReader READER3 = new SynestheticAssetReader(BARE3);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024-01-02T03:04:05Z, 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05.120Z, 2024-01-02T03:04:05.12Z",
        "2024-01-02T03:04:05.000Z, 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05+00:00, 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05-00:00, 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05-05:30, 2024-01-02T03:04:05-05:30",
        "2024-01-02t03:04:05.5z, 2024-01-02T03:04:05.5Z",
        "2024-12-31T23:59:59.999999999+14:00, 2024-12-31T23:59:59.999999999+14:00",
        "0001-01-01T00:00:00-12:00, 0001-01-01T00:00:00-12:00",
        "2024-02-29T00:00:00.100200300Z, 2024-02-29T00:00:00.1002003Z",
    })
    void everyPathWritesTheNormalForm(String read, String written) throws Exception {
        String json = "{\"name\": \"a\", \"created_at\": \"" + read + "\"}";

        SynestheticAsset databind = Json.MAPPER.readValue(json, SynestheticAsset.class);
        SynestheticAsset plain = SynestheticAsset.fromJsonValue(Json.MAPPER.readValue(json, Object.class));
        dev.synesthetic.schema.jackson3.SynestheticAsset viaReader3 =
                READER3.read(json).orElseThrow();

        assertThat(plain).isEqualTo(databind);
        assertThat(createdAt(databind.toJsonValue())).isEqualTo(written);
        assertThat(createdAt(plain.toJsonValue())).isEqualTo(written);
        assertThat(createdAt(viaReader3.toJsonValue())).isEqualTo(written);
        assertThat(Json.MAPPER
                        .readTree(Json.MAPPER.writeValueAsString(databind))
                        .get("created_at")
                        .asText())
                .isEqualTo(written);
        assertThat(BARE3.readTree(READER3.write(viaReader3)).get("created_at").asString())
                .isEqualTo(written);
        assertThat(BARE3.readTree(BARE3.writeValueAsString(databind))
                        .get("created_at")
                        .asString())
                .isEqualTo(written);
    }

    private static Object createdAt(Map<String, ?> json) {
        return json.get("created_at");
    }
}
