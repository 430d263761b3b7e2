package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.diagnostic.Diagnostic;

/**
 * A diagnostic as Maven shows it: Maven's log (and an IDE's marker) already says the level, so the
 * text leaves it out — {@code [WARNING] [CODE] file#pointer: message}, not {@code [WARNING] WARNING [CODE] ...}.
 */
final class DiagnosticText {
    private DiagnosticText() {}

    static String withoutLevel(Diagnostic diagnostic) {
        String rendered = diagnostic.render();
        String level = diagnostic.severity() + " ";
        return rendered.startsWith(level) ? rendered.substring(level.length()) : rendered;
    }
}
