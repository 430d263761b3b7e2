package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** Ends a command with a message for stderr and a documented exit code. */
final class CliFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An I/O failure (exit 4) whose message says what failed and why; --verbose adds the stack trace. */
    static CliFailure io(String what, IOException e) {
        return new CliFailure(ExitCodes.IO, "error: " + what + ": " + describe(e), e);
    }

    /**
     * Why an I/O operation failed. A file-system exception's message is often just the path, so its
     * kind ({@code AccessDeniedException}, {@code DirectoryNotEmptyException}) is named too.
     */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String kind = e.getClass()
                    .getSimpleName()
                    .replaceAll("Exception$", "")
                    .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                    .toLowerCase(java.util.Locale.ROOT);
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : kind);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    int exitCode() {
        return exitCode;
    }
}
