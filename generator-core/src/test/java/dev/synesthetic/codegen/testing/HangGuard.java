package dev.synesthetic.codegen.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The one bound on "this must end": a hang guard, never a speed claim (speed is what the
 * benchmarks measure). Ten minutes, so a correct build on a loaded 2-core machine never trips it
 * (javac on 5,002 generated records took over a minute there), while a real hang still ends the
 * test; the failure says "hang guard", so a hang reads differently from a slow or wrong result.
 */
public final class HangGuard {
    public static final int MINUTES = 10;
    public static final Duration LIMIT = Duration.ofMinutes(MINUTES);

    private HangGuard() {}

    /** Runs {@code work} on another thread (default stack) and fails as a hang if it has not ended within {@link #LIMIT}. */
    public static <T> T end(String what, ThrowingSupplier<T> work) {
        return within(LIMIT, what, work);
    }

    public static void end(String what, Executable work) {
        end(what, () -> {
            work.execute();
            return null;
        });
    }

    /** Runs a child process to its end: exit code and output (stdout and stderr together). */
    public static Finished run(ProcessBuilder process, String what) throws IOException, InterruptedException {
        return run(process, what, LIMIT);
    }

    public record Finished(int exitCode, String output) {}

    static <T> T within(Duration limit, String what, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(limit, work, () -> message(what, limit));
    }

    static Finished run(ProcessBuilder builder, String what, Duration limit) throws IOException, InterruptedException {
        // Output to a file, so the limit, not a read blocked on a child that hangs, is what stops the wait.
        Path log = Files.createTempFile("hang-guard", ".txt");
        try {
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(
                        message(what, limit) + "; its output:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String message(String what, Duration limit) {
        return "hang guard: " + what + " did not end within " + limit.toMinutes() + " min " + limit.toSecondsPart()
                + " s; a hang, not a slow machine";
    }
}
