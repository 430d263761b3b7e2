package dev.synesthetic.codegen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One black-box run of the command line: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        // Writers as Main.main makes them (buffered, autoflush on println only), read without a flush:
        // what a command prints but never flushes is lost to a real terminal, and so to these tests.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path shared() {
        return Path.of(System.getProperty("shared.dir", "../../shared"))
                .toAbsolutePath()
                .normalize();
    }

    static Path synestheticSchemas() {
        return shared().resolve("synesthetic-schemas/jsonschema");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
