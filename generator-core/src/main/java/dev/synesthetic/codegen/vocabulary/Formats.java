package dev.synesthetic.codegen.vocabulary;

import java.util.Set;

/** The values of {@code format} that generated validators assert when format assertion is on. */
public final class Formats {
    /** RFC 3339 section 5.6; every other format stays an annotation. */
    public static final Set<String> ASSERTED = Set.of("date-time", "date", "time");

    private Formats() {}
}
