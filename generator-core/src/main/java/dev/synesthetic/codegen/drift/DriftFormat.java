package dev.synesthetic.codegen.drift;

import java.util.Locale;

/** How a drift report is written: for people, for programs, as GitHub Actions annotations, or as a git patch. */
public enum DriftFormat {
    TEXT,
    JSON,
    GITHUB,
    PATCH;

    /** Renders {@code report}; {@code fixCommand} is the exact command that makes the output clean. */
    public String render(DriftReport report, String fixCommand, boolean colour) {
        return render(report, fixCommand, null, colour);
    }

    /**
     * As {@link #render(DriftReport, String, boolean)}; when a schema change caused the drift, the text
     * and JSON reports also name {@code compatCommand} (null: none), which shows what the change breaks.
     */
    public String render(DriftReport report, String fixCommand, String compatCommand, boolean colour) {
        return switch (this) {
            case TEXT -> new TextReport(colour).render(report, fixCommand, compatCommand);
            case JSON -> JsonReport.render(report, fixCommand, compatCommand);
            case GITHUB -> GithubReport.render(report, fixCommand);
            case PATCH -> PatchReport.render(report);
        };
    }

    public static DriftFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
