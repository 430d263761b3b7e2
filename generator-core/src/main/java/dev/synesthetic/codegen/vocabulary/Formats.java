package dev.synesthetic.codegen.vocabulary;

import java.util.Set;

/**
 * The values of {@code format} that generated validators assert when format assertion is on: every
 * format draft 2020-12 and draft-07 define (the runtime's {@code JsonFormats.format} names the RFC
 * each is checked by). Every other value stays an annotation.
 */
public final class Formats {
    public static final Set<String> ASSERTED = Set.of(
            "date-time",
            "date",
            "time",
            "duration",
            "email",
            "idn-email",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "uri",
            "uri-reference",
            "iri",
            "iri-reference",
            "uuid",
            "uri-template",
            "json-pointer",
            "relative-json-pointer",
            "regex");

    private Formats() {}
}
