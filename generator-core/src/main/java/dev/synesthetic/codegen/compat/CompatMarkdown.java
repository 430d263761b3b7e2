package dev.synesthetic.codegen.compat;

/** A pull-request comment: a summary, then a table of the changes, then each counterexample. */
final class CompatMarkdown {
    private CompatMarkdown() {}

    static String render(CompatReport report) {
        StringBuilder out = new StringBuilder("## Schema compatibility\n\n");
        out.append(CompatText.summary(report)).append(".\n\n");
        if (report.changes().isEmpty()) {
            return out.append("No change between the two corpora.\n").toString();
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
        return out.toString();
    }

    /** Text safe in a table cell and in backticks. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }
}
