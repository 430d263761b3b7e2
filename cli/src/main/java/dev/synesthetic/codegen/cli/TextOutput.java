package dev.synesthetic.codegen.cli;

import java.io.PrintWriter;

/** The default output: a verdict line per document, then its problems indented, each with its line and column. */
final class TextOutput implements ValidateOutput {
    private final PrintWriter out;

    TextOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void document(DocumentReport report) {
        out.println((report.valid() ? "valid: " : "invalid: ")
                + report.label()
                + (report.schemaFile() == null ? "" : " (" + report.schemaFile() + ")"));
        if (report.unreadable() != null) {
            out.println("    " + report.unreadableMessage());
        }
        for (DocumentReport.Located located : report.problems()) {
            out.println(
                    "    " + located.problem() + (located.position() == null ? "" : " (" + located.position() + ")"));
        }
    }
}
