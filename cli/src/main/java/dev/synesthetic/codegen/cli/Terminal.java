package dev.synesthetic.codegen.cli;

/** Decides whether to colour output: only on a terminal, never when NO_COLOR is set (no-color.org). */
final class Terminal {
  private Terminal() {}

  static boolean colour(String when) throws CliFailure {
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
      default -> throw new CliFailure(ExitCodes.USAGE, "error: --color must be auto, always or never");
    };
  }
}
