package dev.synesthetic.codegen.compat;

/** The text report: a summary line, then each schema file with its changes. */
final class CompatText {
    private CompatText() {}

    static String render(CompatReport report) {
        StringBuilder out = new StringBuilder();
        out.append("compat: ")
                .append(report.changes().size())
                .append(" document change(s), ")
                .append(
                        report.javaCompared()
                                ? report.javaChanges().size() + " Java API change(s); "
                                : "Java API not compared; ")
                .append(summary(report))
                .append('\n');
        String schema = null;
        for (SchemaChange change : report.changes()) {
            if (!change.schema().equals(schema)) {
                schema = change.schema();
                out.append('\n').append(schema).append('\n');
            }
            out.append("  ")
                    .append(change.kind().label())
                    .append(": ")
                    .append(change.message())
                    .append('\n');
            out.append("    at ").append(change.where());
            if (!change.instancePath().isEmpty()) {
                out.append(" (document ").append(change.instancePath()).append(')');
            }
            out.append('\n');
            out.append("    backward: ")
                    .append(CompatFormat.describe(change.backward()))
                    .append('\n');
            out.append("    forward: ")
                    .append(CompatFormat.describe(change.forward()))
                    .append('\n');
        }
        if (!report.javaChanges().isEmpty()) {
            out.append("\nJava API (code compiled against the old generated types)\n");
            for (var change : report.javaChanges()) {
                out.append("  ")
                        .append(JavaChanges.member(change))
                        .append(": ")
                        .append(JavaChanges.kind(change))
                        .append(": ")
                        .append(change.message())
                        .append(" (")
                        .append(JavaChanges.verdict(change))
                        .append(")\n");
                if (!JavaChanges.where(change).isEmpty()) {
                    out.append("    at ").append(JavaChanges.where(change)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** "backward: 2 breaking, forward: 0 breaking, java: 0 breaking" (java only when it was compared). */
    static String summary(CompatReport report) {
        StringBuilder out = new StringBuilder();
        for (Category category : report.judged()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(category.label())
                    .append(": ")
                    .append(report.failing(category))
                    .append(" breaking");
        }
        return out.toString();
    }
}
