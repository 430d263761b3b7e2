package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 3339 formats the generated validators assert. */
class JsonFormatsTest {
    @Test
    void dateTimes() {
        assertThat(JsonFormats.isDateTime("2024-02-29T12:30:00Z")).isTrue();
        assertThat(JsonFormats.isDateTime("2024-02-29t12:30:00.123456z")).isTrue();
        assertThat(JsonFormats.isDateTime("2024-02-29T12:30:00+05:30")).isTrue();
        assertThat(JsonFormats.isDateTime("2023-02-29T12:30:00Z"))
                .as("no 29 February in 2023")
                .isFalse();
        assertThat(JsonFormats.isDateTime("2024-02-29 12:30:00Z")).isFalse();
        assertThat(JsonFormats.isDateTime("2024-02-29T12:30:00"))
                .as("no offset")
                .isFalse();
        assertThat(JsonFormats.isDateTime("2024-02-29T12:30:00.Z")).isFalse();
        assertThat(JsonFormats.isDateTime("2024-02-29T12:30:00+24:00")).isFalse();
        assertThat(JsonFormats.isDateTime("\u0662024-02-29T12:30:00Z"))
                .as("ASCII digits only")
                .isFalse();
    }

    @Test
    void aLeapSecondOnlyAtTheLastMinuteOfTheUtcDay() {
        assertThat(JsonFormats.isTime("23:59:60Z", 0)).isTrue();
        assertThat(JsonFormats.isTime("15:59:60-08:00", 0)).isTrue();
        assertThat(JsonFormats.isTime("23:59:60+01:00", 0)).isFalse();
        assertThat(JsonFormats.isTime("12:00:60Z", 0)).isFalse();
    }

    @Test
    void formatReportsOnlyStringsThatAreNotValid() {
        ValidationContext.Rule date = (v, c, e) -> JsonFormats.format(v, c, "date", "s#/format");
        assertThat(ValidationContext.run("2024-13-01", date, false))
                .containsExactly(new Violation("", "format", "s#/format", "must be a valid date (RFC 3339)"));
        assertThat(ValidationContext.run("2024-12-31", date, false)).isEmpty();
        assertThat(ValidationContext.run("2024-12-31T00:00:00Z", date, false)).hasSize(1);
        assertThat(ValidationContext.run(List.of(), date, false)).isEmpty();
        assertThat(ValidationContext.run("anything", (v, c, e) -> JsonFormats.format(v, c, "email", "s#/f"), false))
                .isEmpty();
    }
}
