package dev.synesthetic.codegen.support;

/**
 * Escaping for GitHub Actions workflow commands ({@code ::error file=...,line=...::message}): the
 * one place both {@code ensure-clean --format github} and {@code validate --format github} use.
 */
public final class WorkflowCommands {
    private WorkflowCommands() {}

    /** Escapes a message the way the workflow-command parser expects: {@code %}, CR and LF. */
    public static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value ({@code file=}, {@code title=}): as {@link #data}, and {@code :} and {@code ,}. */
    public static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
