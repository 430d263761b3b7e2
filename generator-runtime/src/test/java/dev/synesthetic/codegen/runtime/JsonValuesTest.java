package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Binding parsed JSON to the generated types, and where a value does not fit. */
class JsonValuesTest {
    @Test
    void scalarsConvertExactly() {
        assertThat(JsonValues.string("a")).isEqualTo("a");
        assertThat(JsonValues.bool(true)).isTrue();
        assertThat(JsonValues.number(3)).isEqualTo(BigDecimal.valueOf(3));
        assertThat(JsonValues.number(0.1d)).isEqualTo(new BigDecimal("0.1"));
        assertThat(JsonValues.integer(new BigDecimal("2.000"))).isEqualTo(BigInteger.TWO);
        assertThat(JsonValues.integer(new BigDecimal("0E+5"))).isEqualTo(BigInteger.ZERO);
        assertThat(JsonValues.dateTime("2024-01-02T03:04:05+01:00"))
                .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05+01:00"));
        assertThat(JsonValues.nullable(null, JsonValues::string)).isNull();
    }

    @Test
    void aValueOfTheWrongKindIsAMismatchNamingBoth() {
        assertThatThrownBy(() -> JsonValues.string(1))
                .isInstanceOf(JsonMismatch.class)
                .hasMessage("expected string but got number");
        assertThatThrownBy(() -> JsonValues.integer(new BigDecimal("1.5")))
                .hasMessage("expected integer but got number");
        assertThatThrownBy(() -> JsonValues.integer(new BigDecimal("1e1001")))
                .hasMessage("an integer of more than 1000 digits is too large to bind");
        assertThatThrownBy(() -> JsonValues.dateTime("yesterday")).hasMessageContaining("not a date-time");
        assertThat(List.of(
                        JsonValues.kind(null),
                        JsonValues.kind(Map.of()),
                        JsonValues.kind(List.of()),
                        JsonValues.kind(false),
                        JsonValues.kind(1)))
                .containsExactly("null", "object", "array", "boolean", "number");
    }

    @Test
    void aMismatchInsideNamesItsPointer() {
        Map<String, Object> json = Map.of("a/b", Arrays.asList("x", 2));
        JsonMismatch mismatch = (JsonMismatch) org.assertj.core.api.Assertions.catchThrowable(
                () -> JsonValues.map(json, v -> JsonValues.list(v, JsonValues::string)));
        assertThat(mismatch.pointer()).isEqualTo("/a~1b/1");
        assertThat(mismatch.problem()).isEqualTo("expected string but got number");
        assertThat(mismatch).hasMessage("/a~1b/1: expected string but got number");
    }

    @Test
    void membersBindRequiredPresentAndOptionalMembers() {
        Map<String, Object> json = new HashMap<>();
        json.put("id", "x");
        json.put("note", null);
        String[] names = {"id", "size", "note"};
        JsonMembers members = JsonValues.members(json, names);
        assertThat(members.required(0, "id", JsonValues::string)).isEqualTo("x");
        assertThat(members.present(1, "size", JsonValues::integer)).isNull();
        assertThat(members.optional(2, "note", JsonValues::string)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> members.required(1, "size", JsonValues::integer))
                .hasMessage("missing required property 'size'");
        assertThat(members.rest(JsonValues.names(names))).isEmpty();
    }

    @Test
    void unknownMembersAreKeptInOrderOrRefused() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("z", 1);
        json.put("id", "x");
        json.put("a", 2);
        Set<String> known = JsonValues.names("id");
        JsonMembers members = JsonValues.members(json, new String[] {"id"});
        assertThat(members.rest(known)).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
        assertThatThrownBy(() -> members.rejectUnknown(known, "Part"))
                .hasMessage("/z: unknown property 'z': Part allows no additional properties");
    }

    @Test
    void objectsNeedStringKeys() {
        Map<Object, Object> json = new HashMap<>();
        json.put(1, "x");
        assertThatThrownBy(() -> JsonValues.object(json)).hasMessage("a member name must be a string, not Integer");
        assertThatThrownBy(() -> JsonValues.members("x", new String[0])).hasMessage("expected object but got string");
    }

    @Test
    void aDiscriminatorIsAStringMemberAndEveryFailureNamesItAndTheAllowedValues() {
        Map<String, Object> json = new HashMap<>();
        json.put("type", "Point");
        assertThat(JsonValues.discriminator(json, "type", "Point", "Polygon")).isEqualTo("Point");
        json.put("type", 3);
        assertThatThrownBy(() -> JsonValues.discriminator(json, "type", "Point", "Polygon"))
                .hasMessage("/type: discriminator 'type' must be one of \"Point\", \"Polygon\" but got number");
        json.remove("type");
        assertThatThrownBy(() -> JsonValues.discriminator(json, "type", "Point", "Polygon"))
                .hasMessage("missing discriminator 'type': expected one of \"Point\", \"Polygon\"");
        assertThat(JsonValues.unknownDiscriminator("type", "Circle", "Point", "Polygon"))
                .hasMessage(
                        "/type: unknown discriminator 'type' value \"Circle\": expected one of \"Point\", \"Polygon\"");
    }
}
