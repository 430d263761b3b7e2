package dev.synesthetic.codegen;

import java.util.Locale;

/**
 * The oldest Jackson the generated records must work with. It decides one thing: how a creator
 * tells an absent optional-nullable key from an explicit {@code null}.
 */
public enum JacksonBaseline {
  /**
   * jackson-annotations 2.20+, with Jackson 2.20+ or Jackson 3: absent creator properties are
   * marked {@code @JacksonInject(optional = TRUE)}; absent and null stay distinct on both lines.
   */
  JACKSON_2_20("2.20"),
  /**
   * jackson-annotations 2.18+: no {@code JacksonInject}; absent and null stay distinct on every
   * Jackson 2 (its {@code AtomicReference} creator parameters are null when absent), but Jackson 3
   * reads an absent key as null.
   */
  JACKSON_2_18("2.18");

  private final String version;

  JacksonBaseline(String version) {
    this.version = version;
  }

  public String version() {
    return version;
  }

  /** {@code "2.18"} or {@code "2.20"}. */
  public static JacksonBaseline parse(String text) {
    for (JacksonBaseline baseline : values()) {
      if (baseline.version.equals(text.strip().toLowerCase(Locale.ROOT))) {
        return baseline;
      }
    }
    throw new IllegalArgumentException("Jackson baseline must be 2.18 or 2.20, not '" + text + "'");
  }
}
