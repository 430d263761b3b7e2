package dev.synesthetic.codegen.emit;

import java.util.Locale;

/**
 * The oldest Jackson the generated records must work with, named by the oldest jackson-databind
 * that binds them, or {@code 3} for Jackson 3. It decides how a creator tells an absent
 * optional-nullable key from an explicit {@code null} and which Jackson the readers are written
 * against.
 */
public enum JacksonBaseline {
    /**
     * jackson-databind 2.21+ or Jackson 3 (jackson-annotations 2.20+ to compile): absent creator
     * properties are marked {@code @JacksonInject(optional = TRUE)}; absent and null stay distinct on
     * both lines. jackson-databind 2.20 reads the annotation but ignores {@code optional} on a
     * creator parameter, so every absent optional-nullable member fails there.
     */
    JACKSON_2_21("2.21"),
    /**
     * jackson-annotations and jackson-databind 2.18+: no {@code JacksonInject}; absent and null stay
     * distinct on every Jackson 2 (its {@code AtomicReference} creator parameters are null when
     * absent), but Jackson 3 reads an absent key as null.
     */
    JACKSON_2_18("2.18"),
    /**
     * Jackson 3 ({@code tools.jackson}): the records are those of {@link #JACKSON_2_21} (they bind with
     * both lines), the readers take a Jackson 3 {@code ObjectMapper}.
     */
    JACKSON_3("3");

    /** What the CLI, the plugin and {@link GeneratorConfig} use when nothing is set. */
    public static final JacksonBaseline DEFAULT = JACKSON_2_21;

    private final String version;

    JacksonBaseline(String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }

    /** Absent creator properties are marked {@code @JacksonInject(optional = TRUE)} (2.21+ and Jackson 3). */
    public boolean injectsAbsent() {
        return this != JACKSON_2_18;
    }

    /** The readers use Jackson 3's API ({@code tools.jackson}) rather than Jackson 2's. */
    public boolean readersOnJackson3() {
        return this == JACKSON_3;
    }

    /** {@code "2.18"}, {@code "2.21"} or {@code "3"}. */
    public static JacksonBaseline parse(String text) {
        for (JacksonBaseline baseline : values()) {
            if (baseline.version.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return baseline;
            }
        }
        throw new IllegalArgumentException("Jackson baseline must be 2.18, 2.21 or 3, not '" + text + "' (the oldest"
                + " jackson-databind the records bind with: 2.21 for jackson-databind 2.21+ and Jackson 3;"
                + " for jackson-databind 2.20 and older: 2.18; 3 for readers on Jackson 3)");
    }
}
