package dev.synesthetic.codegen.compat;

import java.util.Locale;
import java.util.Optional;

/** How {@code compat} prints its report. */
public enum CompatFormat {
    /** Grouped by schema file, a line per change with its pointers, then each direction's verdict. */
    TEXT,
    /** One JSON object: the changes, machine-readable. */
    JSON,
    /** GitHub Actions {@code ::error}/{@code ::warning} annotations on the new schema files. */
    GITHUB,
    /** A pull-request comment: a summary table and the breaking changes with their counterexamples. */
    MARKDOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CompatFormat> named(String label) {
        for (CompatFormat format : values()) {
            if (format.label().equals(label)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The report as text in this format.
     *
     * @param newFolder the new schema folder as the user named it, for the annotations' file paths
     */
    public String render(CompatReport report, String newFolder) {
        return switch (this) {
            case TEXT -> CompatText.render(report);
            case JSON -> CompatJson.render(report);
            case GITHUB -> CompatGithub.render(report, newFolder);
            case MARKDOWN -> CompatMarkdown.render(report);
        };
    }

    /** One line of a direction's outcome: its verdict and counterexample. */
    static String describe(Outcome outcome) {
        StringBuilder out = new StringBuilder(outcome.verdict().label());
        outcome.counterexample().ifPresent(c -> {
            out.append(" (").append(c.status().label());
            c.document().ifPresent(d -> out.append(": ").append(d));
            if (!c.reason().isEmpty()) {
                out.append(": ").append(c.reason());
            }
            out.append(')');
        });
        return out.toString();
    }
}
