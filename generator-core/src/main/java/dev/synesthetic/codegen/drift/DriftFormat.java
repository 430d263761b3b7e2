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
        return switch (this) {
            case TEXT -> new TextReport(colour).render(report, fixCommand);
            case JSON -> JsonReport.render(report, fixCommand);
            case GITHUB -> GithubReport.render(report, fixCommand);
            case PATCH -> PatchReport.render(report);
        };
    }

    public static DriftFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
