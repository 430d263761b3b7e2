package dev.synesthetic.codegen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One black-box run of the command line: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
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
