package dev.synesthetic.codegen.cli;

import static dev.synesthetic.codegen.support.WorkflowCommands.data;
import static dev.synesthetic.codegen.support.WorkflowCommands.property;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * GitHub Actions annotations: one {@code ::error file=PATH,line=L,col=C::message} per problem (line
 * and column where the parser gives them), shown on the pull request's files; nothing for a valid
 * document.
 */
final class GithubOutput implements ValidateOutput {
    private final PrintWriter out;

    GithubOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void document(DocumentReport report) {
        String document = report.count() > 1 ? "document " + report.number() + ": " : "";
        if (report.unreadable() != null) {
            annotate(report, report.unreadable().position(), report.unreadableMessage());
        }
        for (DocumentReport.Located located : report.problems()) {
            annotate(report, located.position(), document + located.problem());
        }
    }

    private void annotate(DocumentReport report, @Nullable Position position, String message) {
        out.print("::error file=" + property(report.file().toString()));
        if (position != null) {
            out.print(",line=" + position.line() + ",col=" + position.column());
        }
        out.print("::" + data(message) + "\n");
    }
}
