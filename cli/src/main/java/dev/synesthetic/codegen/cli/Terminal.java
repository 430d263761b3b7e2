package dev.synesthetic.codegen.cli;

import java.io.Console;

/** Decides whether to colour output: only on a terminal, never when NO_COLOR is set (no-color.org). */
final class Terminal {
    private Terminal() {}

    static boolean colour(String when) throws CliFailure {
        return switch (when) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> auto(onTerminal(), System.getenv("NO_COLOR"), System.getenv("TERM"));
            default -> throw new CliFailure(ExitCodes.USAGE, "error: --color must be auto, always or never");
        };
    }

    /**
     * From JDK 22 {@code System.console()} is there even when output is redirected, and only
     * {@code Console.isTerminal()} (JDK 22+, so called reflectively) tells; before, a console means a terminal.
     */
    @SuppressWarnings("SystemConsoleNull") // null is how JDK 17 says "no terminal"; JDK 22+ is asked below
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJdk22) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** no-color.org: NO_COLOR set to a non-empty value turns colour off; an empty value is ignored. */
    static boolean auto(boolean terminal, String noColor, String term) {
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }
}
