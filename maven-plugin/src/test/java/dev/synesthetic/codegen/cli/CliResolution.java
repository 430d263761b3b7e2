package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.config.ResolvedOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** How the CLI resolves a command line's options, without running the command (for the plugin's tests). */
public final class CliResolution {
    private CliResolution() {}

    /** {@code args} as the CLI parses and merges them: a subcommand and its flags. */
    public static ResolvedOptions of(String... args) throws Exception {
        CommandLine commandLine =
                Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        CodegenCommand command =
                (CodegenCommand) parsed.subcommand().commandSpec().userObject();
        return command.options().resolved();
    }
}
