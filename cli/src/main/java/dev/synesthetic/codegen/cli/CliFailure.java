package dev.synesthetic.codegen.cli;

/** Ends a command with a message for stderr and a documented exit code. */
final class CliFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
