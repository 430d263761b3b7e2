package dev.synesthetic.codegen.cli;

/** Decides whether to colour output: only on a terminal, never when NO_COLOR is set (no-color.org). */
final class Terminal {
    private Terminal() {}

    static boolean colour(String when) throws CliFailure {
        return switch (when) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> auto(System.console() != null, System.getenv("NO_COLOR"), System.getenv("TERM"));
            default -> throw new CliFailure(ExitCodes.USAGE, "error: --color must be auto, always or never");
        };
    }

    /** no-color.org: NO_COLOR set to a non-empty value turns colour off; an empty value is ignored. */
    static boolean auto(boolean terminal, String noColor, String term) {
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }
}
