package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a separate JVM whose working folder is {@code cwd}: how a user runs it from a
 * folder of their own (the in-process {@link CliRun} always runs in the build's folder).
 */
final class CliProcess {
    private CliProcess() {}

    static CliRun in(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return run(cwd, command);
    }

    /** Any program (git) in {@code cwd}, with {@code stdin} as its standard input. */
    static CliRun program(Path cwd, String stdin, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        return finish(process);
    }

    static CliRun run(Path cwd, List<String> command) throws IOException, InterruptedException {
        return finish(new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start());
    }

    private static CliRun finish(Process process) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile("cli-process", ".err");
        try {
            // stderr drained on its own thread so a full pipe never blocks the child
            Thread drain = new Thread(() -> {
                try {
                    Files.write(errFile, process.getErrorStream().readAllBytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            drain.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) { // a hang guard, not a timing assertion
                process.destroyForcibly();
                throw new IllegalStateException(
                        "hung: " + process.info().commandLine().orElse("?"));
            }
            drain.join();
            return new CliRun(process.exitValue(), out, Files.readString(errFile));
        } finally {
            Files.deleteIfExists(errFile);
        }
    }
}
