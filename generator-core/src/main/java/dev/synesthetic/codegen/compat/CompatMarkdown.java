package dev.synesthetic.codegen.compat;

/** A pull-request comment: a summary, then a table of the changes, then each counterexample. */
final class CompatMarkdown {
    private CompatMarkdown() {}

    static String render(CompatReport report) {
        StringBuilder out = new StringBuilder("## Schema compatibility\n\n");
        out.append(CompatText.summary(report))
                .append(report.javaCompared() ? "" : "; the Java API was not compared")
                .append(".\n\n");
        if (report.changes().isEmpty() && report.javaChanges().isEmpty()) {
            return out.append("No change between the two corpora.\n").toString();
        }
        if (report.changes().isEmpty()) {
            return java(out.append("No change for documents.\n"), report).toString();
        }
        out.append("| Schema | Change | Where | Backward | Forward |\n|---|---|---|---|---|\n");
        for (SchemaChange change : report.changes()) {
            out.append("| ")
                    .append(cell(change.schema()))
                    .append(" | ")
                    .append(cell(change.kind().label() + ": " + change.message()))
                    .append(" | `")
                    .append(cell(change.where()))
                    .append('`')
                    .append(" | ")
                    .append(change.backward().verdict().label())
                    .append(" | ")
                    .append(change.forward().verdict().label())
                    .append(" |\n");
        }
        StringBuilder examples = new StringBuilder();
        for (SchemaChange change : report.changes()) {
            for (Category direction : new Category[] {Category.BACKWARD, Category.FORWARD}) {
                change.outcome(direction)
                        .counterexample()
                        .ifPresent(c -> examples.append("- **")
                                .append(direction.label())
                                .append("** ")
                                .append(cell(change.schema()))
                                .append(" `")
                                .append(cell(change.where()))
                                .append("` ")
                                .append(c.status().label())
                                .append(c.document()
                                        .map(d -> ": `" + cell(d.toString()) + "`")
                                        .orElse(": " + c.reason()))
                                .append('\n'));
            }
        }
        if (examples.length() > 0) {
            out.append("\n<details><summary>Counterexamples</summary>\n\n")
                    .append(examples)
                    .append("\n</details>\n");
        }
        return java(out, report).toString();
    }

    /** The Java API table, when the API changed. */
    private static StringBuilder java(StringBuilder out, CompatReport report) {
        if (report.javaChanges().isEmpty()) {
            return out;
        }
        out.append("\n### Generated Java API\n\n| Member | Change | Where | Verdict |\n|---|---|---|---|\n");
        for (var change : report.javaChanges()) {
            out.append("| `")
                    .append(cell(JavaChanges.member(change)))
                    .append("` | ")
                    .append(cell(JavaChanges.kind(change) + ": " + change.message()))
                    .append(" | ")
                    .append(JavaChanges.where(change).isEmpty() ? "" : "`" + cell(JavaChanges.where(change)) + "`")
                    .append(" | ")
                    .append(JavaChanges.verdict(change))
                    .append(" |\n");
        }
        return out;
    }

    /** Text safe in a table cell and in backticks. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }
}
