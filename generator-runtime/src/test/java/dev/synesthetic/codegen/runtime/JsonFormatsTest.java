package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The format dispatcher and the RFC 3339 formats (dates and {@code duration}). */
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
    void theExamplesOfRfc3339Section5_8() {
        assertThat(List.of(
                        "1985-04-12T23:20:50.52Z",
                        "1996-12-19T16:39:57-08:00",
                        "1990-12-31T23:59:60Z",
                        "1990-12-31T15:59:60-08:00",
                        "1937-01-01T12:00:27.87+00:20"))
                .allMatch(JsonFormats::isDateTime);
    }

    @Test
    void durationsFollowTheAbnfOfRfc3339AppendixA() {
        for (String valid : List.of("P1Y2M10DT2H30M", "P3W", "PT36H", "P1M", "PT1M", "P0D", "PT0S")) {
            assertThat(check("duration", valid)).as(valid).isEmpty();
        }
        for (String invalid : List.of("P", "PT", "P1Y2D", "PT1H2S", "P1D2H", "P1W2D", "PT0.5S", "p1d", "-P1D")) {
            assertThat(check("duration", invalid)).as(invalid).isNotEmpty();
        }
    }

    @Test
    void eachAssertedFormatNamesItsReferenceWhenItFails() {
        assertThat(check("duration", "1D"))
                .extracting(Violation::message)
                .containsExactly("must be a valid duration (RFC 3339 appendix A)");
        assertThat(check("email", "a@b@c"))
                .extracting(Violation::message)
                .containsExactly("must be a valid email (RFC 5321)");
        assertThat(check("iri", "r\u00e9sum\u00e9"))
                .extracting(Violation::message)
                .containsExactly("must be a valid iri (RFC 3987)");
        assertThat(check("regex", "(?i)a"))
                .extracting(Violation::message)
                .containsExactly("must be a valid regex (ECMA-262)");
    }

    private static List<Violation> check(String format, String value) {
        return ValidationContext.run(value, (v, c, e) -> JsonFormats.format(v, c, format, "s#/format"), "s#", false);
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
        assertThat(ValidationContext.run("2024-13-01", date, "s#", false))
                .containsExactly(
                        new Violation("", "format", "s#/format", "must be a valid date (RFC 3339)", "/format"));
        assertThat(ValidationContext.run("2024-12-31", date, "s#", false)).isEmpty();
        assertThat(ValidationContext.run("2024-12-31T00:00:00Z", date, "s#", false))
                .hasSize(1);
        assertThat(ValidationContext.run(List.of(), date, "s#", false)).isEmpty();
        assertThat(ValidationContext.run(
                        "anything", (v, c, e) -> JsonFormats.format(v, c, "color", "s#/f"), "s#", false))
                .isEmpty();
    }
}
