package dev.synesthetic.codegen.compat;

import java.util.Locale;
import java.util.Optional;

/**
 * What a change can break: old documents read by new code (backward), new documents read by old
 * code (forward), or code compiled against the old generated Java API (java).
 */
public enum Category {
    BACKWARD,
    FORWARD,
    JAVA;

    /** The name users write ({@code --fail-on backward}) and reports print. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> named(String label) {
        for (Category category : values()) {
            if (category.label().equals(label)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
