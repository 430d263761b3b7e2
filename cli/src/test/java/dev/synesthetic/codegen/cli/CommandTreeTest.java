package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A command line naming a subcommand builds that subcommand alone (picocli reflects over every
 * command it builds, a sizeable part of a short run); what the user sees must not change for it.
 */
class CommandTreeTest {
    private static final List<String> ALL =
            List.of("generate", "ensure-clean", "validate", "normalize", "compat", "help");

    @ParameterizedTest
    @ValueSource(strings = {"generate", "ensure-clean", "validate", "normalize", "compat"})
    void aNamedSubcommandIsBuiltAlone(String name) {
        assertThat(tree(name, "--schemas", "x").getSubcommands().keySet()).containsExactly(name);
    }

    @ParameterizedTest
    @MethodSource("fullTreeLines")
    void otherCommandLinesBuildTheWholeTree(List<String> args) {
        assertThat(tree(args.toArray(String[]::new)).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    }

    static Stream<List<String>> fullTreeLines() {
        return Stream.of(
                List.of(),
                List.of("--help"),
                List.of("-V"),
                List.of("help", "generate"),
                List.of("generat"),
                List.of("--schemas", "x", "generate"),
                List.of("@args.txt"));
    }

    /** Help, version and usage errors, for every subcommand: the same output and exit code either way. */
    @ParameterizedTest
    @MethodSource("surface")
    void theLazyTreeShowsWhatTheWholeTreeShows(List<String> args) {
        String[] line = args.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(line);
        CliRun whole = new CliRun(exit, out.toString(), err.toString());

        CliRun lazy = CliRun.of(line);

        assertThat(lazy).isEqualTo(whole);
        assertThat(lazy.out() + lazy.err())
                .as("the line produced something to compare")
                .isNotEmpty();
    }

    static Stream<List<String>> surface() {
        Stream<List<String>> perCommand = Stream.of("generate", "ensure-clean", "validate", "normalize", "compat")
                .flatMap(name -> Stream.of(
                        List.of(name, "--help"),
                        List.of(name, "-h"),
                        List.of(name, "-V"),
                        List.of(name, "--nope"),
                        List.of(name, "--schema"),
                        List.of(name, "--verbos"),
                        List.of(name, "--schemas"),
                        List.of(name, "--config"),
                        List.of(name, "--strict=maybe"),
                        List.of(name, "--help", "--nope"),
                        List.of(name, "generate", "--help"),
                        List.of(name, "help")));
        Stream<List<String>> top = Stream.of(
                List.of(),
                List.of("--help"),
                List.of("-h"),
                List.of("--version"),
                List.of("--nope"),
                List.of("generat"),
                List.of("ensure_clean", "--help"),
                List.of("help"),
                List.of("help", "validate"),
                List.of("help", "nope"),
                List.of("-V", "generate"));
        return Stream.concat(top, perCommand);
    }

    private static CommandLine tree(String... args) {
        return Main.commandLine(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
