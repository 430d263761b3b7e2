package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code synesthetic-codegen}: the top-level command; its subcommands do the work. */
@Command(
        name = "synesthetic-codegen",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Generates Java 17 records from a JSON Schema (2020-12) corpus and checks committed generated code"
                    + " for drift. Options can also come from synesthetic-codegen.json in the working folder."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Drift found, an instance is invalid, (normalize --check) a schema file is not canonical, or (compat) a change"
                    + " breaks what --fail-on names.",
            "2:Usage error (bad option or argument).",
            "3:Schema corpus error; the message names the file and JSON Pointer.",
            "4:I/O or internal error."
        })
// The exit-code list is repeated from ExitCodes.HELP because annotation values must be constants.
public final class Main {
    /** The subcommands, in the order help lists them; added in commandLine, not by the annotation. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            GenerateCommand.class,
            EnsureCleanCommand.class,
            ValidateCommand.class,
            NormalizeCommand.class,
            CompatCommand.class,
            CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        // Messages go to the terminal in the platform's charset, as PrintWriter(OutputStream) does on JDK 17.
        Charset charset = Charset.defaultCharset();
        System.exit(run(args, new PrintWriter(System.out, true, charset), new PrintWriter(System.err, true, charset)));
    }

    /** Runs the command line with the given writers; returns the exit code. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(args, out, err).execute(args);
    }

    /**
     * The tree {@code args} needs: a line that starts with a subcommand's name ({@code help} aside)
     * gets that subcommand alone, since picocli builds each command by reflection before parsing and
     * nothing else can be reached from there; any other line (top-level help, version, a misspelled
     * name) gets the whole tree, for the command list and the suggestions.
     */
    static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> subcommand : SUBCOMMANDS) {
            // help shows the other commands, so it needs them all
            if (subcommand != CommandLine.HelpCommand.class
                    && first.equals(subcommand.getAnnotation(Command.class).name())) {
                return commandLine(List.of(subcommand), out, err);
            }
        }
        return commandLine(out, err);
    }

    /** The whole command tree. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(SUBCOMMANDS, out, err);
    }

    /** The top-level command with {@code subcommands}, each offering the shared options it uses. */
    private static CommandLine commandLine(List<Class<?>> subcommands, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        subcommands.forEach(commandLine::addSubcommand); // first: the settings below reach the subcommands
        commandLine
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((problem, arguments) -> {
                    // One paragraph, not the whole usage page: what is wrong, a suggestion, where help is.
                    CommandLine cmd = problem.getCommandLine();
                    cmd.getErr().println("error: " + problem.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(problem, cmd.getErr());
                    cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
                    return ExitCodes.USAGE;
                })
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    // Exit 4, never 1: a crash must not look like drift or an invalid instance.
                    cmd.getErr().println("error: internal failure: " + exception);
                    if (verbose(parseResult)) {
                        exception.printStackTrace(cmd.getErr());
                    } else {
                        cmd.getErr().println("Run again with --verbose for the stack trace, and please report it.");
                    }
                    return ExitCodes.IO;
                });
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            if (subcommand.getCommand() instanceof CodegenCommand command) {
                CatalogFlags.declare(subcommand.getCommandSpec(), command.sharedOptions(), CliOptions.DEFAULTS);
            }
        }
        HelpLayout.install(commandLine);
        return commandLine;
    }

    private static boolean verbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The version, from the build (filtered {@code version.properties}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"synesthetic-codegen " + number()};
        }

        /** The version number alone (the validator cache's key holds it too). */
        static String number() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
