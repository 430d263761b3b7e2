package dev.synesthetic.codegen.compat;

import static dev.synesthetic.codegen.support.WorkflowCommands.data;
import static dev.synesthetic.codegen.support.WorkflowCommands.property;

/**
 * GitHub Actions annotations: {@code ::error} for a change that breaks a direction, {@code ::warning}
 * for one that may (undecided); safe changes are not annotated.
 */
final class CompatGithub {
    private CompatGithub() {}

    static String render(CompatReport report, String newFolder) {
        String prefix = newFolder.isEmpty() || newFolder.equals(".") ? "" : newFolder.replaceAll("/+$", "") + "/";
        StringBuilder out = new StringBuilder();
        for (SchemaChange change : report.changes()) {
            boolean breaks = change.backward().verdict() == Verdict.BREAKS
                    || change.forward().verdict() == Verdict.BREAKS;
            if (!change.backward().failing() && !change.forward().failing()) {
                continue;
            }
            String message = change.message() + " at " + change.where()
                    + "\nbackward: " + CompatFormat.describe(change.backward())
                    + "\nforward: " + CompatFormat.describe(change.forward());
            out.append(breaks ? "::error file=" : "::warning file=")
                    .append(property(prefix + change.schema()))
                    .append(",title=")
                    .append(property("Schema compatibility: " + change.kind().label()))
                    .append("::")
                    .append(data(message))
                    .append('\n');
        }
        for (var change : report.javaChanges()) {
            if (!change.breaking()) {
                continue;
            }
            String file = JavaChanges.file(change);
            out.append("::error")
                    .append(file.isEmpty() ? "" : " file=" + property(prefix + file) + ",")
                    .append(file.isEmpty() ? " " : "")
                    .append("title=")
                    .append(property("Java API: " + JavaChanges.kind(change)))
                    .append("::")
                    .append(data(JavaChanges.member(change) + ": " + change.message()
                            + (JavaChanges.where(change).isEmpty() ? "" : " at " + JavaChanges.where(change))))
                    .append('\n');
        }
        return out.toString();
    }
}
