package dev.synesthetic.codegen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every subcommand that are not codegen options: where the settings come from, how much to print. */
final class CommonOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "Settings file shared with the Maven plugin. Default: ./synesthetic-codegen.json when present.")
    Path config;

    @Option(
            names = "--verbose",
            description = "Also print the stack trace of an I/O or internal error, and where the validators (validate,"
                    + " compat) or the generated files (ensure-clean) came from (cache hit, miss, an unusable entry"
                    + " rebuilt).")
    boolean verbose;
}
