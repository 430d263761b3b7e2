package dev.synesthetic.codegen.drift;

/**
 * The human-readable drift message: a header, each file with its cause and an indented, capped
 * diff, then the command that fixes it (the shape Spotless made familiar).
 */
final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";

    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    String render(DriftReport report, String fixCommand, String compatCommand) {
        StringBuilder out = new StringBuilder();
        if (report.isClean()) {
            return out.append("Generated code in ")
                    .append(report.outputFolder())
                    .append(" is up to date (")
                    .append(report.comparedFiles())
                    .append(" files).\n")
                    .toString();
        }
        out.append(paint(BOLD, "Generated code in " + report.outputFolder() + " is stale: " + report.summary() + "."))
                .append("\n\n");
        for (Drift drift : report.drifts()) {
            if (drift instanceof Drift.Changed changed) {
                out.append("changed: ")
                        .append(changed.path())
                        .append(" (")
                        .append(describe(changed))
                        .append(")\n");
                appendDiff(out, changed.diff());
            } else if (drift instanceof Drift.Missing missing) {
                out.append("missing: ").append(missing.path()).append(" (would be generated, is not there)\n");
                appendDiff(out, missing.diff());
            } else if (drift instanceof Drift.InTheWay blocked) {
                out.append("in the way: ")
                        .append(blocked.path())
                        .append(" (would be generated, but ")
                        .append(blocked.reason())
                        .append("; generate will not replace it)\n");
            } else {
                out.append("orphan:  ").append(drift.path()).append(" (marked generated, no longer produced)\n");
            }
        }
        out.append('\n');
        report.compatAdvice(compatCommand)
                .ifPresent(advice -> out.append(advice).append('\n'));
        return out.append(report.fixAdvice(fixCommand)).append('\n').toString();
    }

    static String describe(Drift.Changed changed) {
        String kind = switch (changed.kind()) {
            case LINE_ENDINGS -> "line endings only: the committed file has CRLF, generated files are LF; ";
            case WHITESPACE -> "whitespace only; ";
            case CONTENT -> "";
        };
        return kind + changed.cause();
    }

    private void appendDiff(StringBuilder out, java.util.List<String> diff) {
        for (String line : diff) {
            out.append("    ").append(paintDiffLine(line)).append('\n');
        }
    }

    private String paintDiffLine(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return paint(BOLD, line);
        }
        if (line.startsWith("@@")) {
            return paint(CYAN, line);
        }
        if (line.startsWith("+")) {
            return paint(GREEN, line);
        }
        return line.startsWith("-") ? paint(RED, line) : line;
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
