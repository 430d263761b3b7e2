package dev.synesthetic.codegen.drift;

import static dev.synesthetic.codegen.support.WorkflowCommands.data;
import static dev.synesthetic.codegen.support.WorkflowCommands.property;

/**
 * GitHub Actions workflow commands: one {@code ::error} annotation per drifted file, shown on the
 * pull request's changed files, and a last one with the fix command.
 */
final class GithubReport {
    private GithubReport() {}

    static String render(DriftReport report, String fixCommand) {
        StringBuilder out = new StringBuilder();
        String folder = report.outputFolder();
        String prefix = folder.isEmpty() || folder.equals(".") ? "" : folder.replaceAll("/+$", "") + "/";
        for (Drift drift : report.drifts()) {
            String message;
            if (drift instanceof Drift.Changed changed) {
                message = "Generated file is stale (" + TextReport.describe(changed) + ")\n"
                        + String.join("\n", changed.diff());
            } else if (drift instanceof Drift.InTheWay blocked) {
                message = "A file generate did not write is where a generated file goes: " + blocked.reason()
                        + ". Move or delete it, or generate into another package or output folder";
            } else if (drift instanceof Drift.Missing) {
                message = "Generated file is missing: it would be generated but is not committed";
            } else {
                message = "Generated file is orphaned: no schema produces it any more";
            }
            out.append("::error file=")
                    .append(property(prefix + drift.path()))
                    .append(",title=")
                    .append(property("Generated code drift"))
                    .append("::")
                    .append(data(message))
                    .append('\n');
        }
        if (!report.isClean()) {
            out.append("::error title=")
                    .append(property("Generated code drift"))
                    .append("::")
                    .append(data(report.summary() + ". " + report.fixAdvice(fixCommand)))
                    .append('\n');
        } else {
            out.append("::notice title=Generated code::")
                    .append(data("up to date (" + report.comparedFiles() + " files)"))
                    .append('\n');
        }
        return out.toString();
    }
}
