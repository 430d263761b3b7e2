package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's shell commands, as written, from the project root with ../shared beside it: every
 * command of the built CLI (its launcher or its jar) runs and succeeds, in the order the README gives them. The Maven
 * commands are not run from inside Maven: the build command is the one that made the jar, and the
 * test command must be exactly what CI runs ({@code .ci/run}).
 */
class ShellSnippetsIT {
    private static final String JAR = "java -jar cli/target/synesthetic-codegen.jar ";
    private static final String LAUNCHER = "cli/target/synesthetic-codegen/bin/synesthetic-codegen ";
    private static final String BUILD = "mvn -B -DskipTests package";

    @Test
    void everyReadmeCommandRunsAsWritten() throws Exception {
        Markdown readme = Markdown.read(Project.readme());
        List<Markdown.Snippet> shell = readme.snippets().stream()
                .filter(s -> s.language().equals("bash"))
                .toList();
        long bashBlocks = Files.readAllLines(Project.readme()).stream()
                .filter(line -> line.equals("```bash"))
                .count();
        assertThat(shell)
                .as("every bash block in README.md is a named snippet")
                .hasSize((int) bashBlocks)
                .isNotEmpty();

        String ciCommand = ciCommand();
        boolean testCommandShown = false;
        List<String> ran = new ArrayList<>();
        for (Markdown.Snippet snippet : shell) {
            for (String line : snippet.text().lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals(ciCommand)) {
                    testCommandShown = true;
                    continue;
                }
                for (String command : line.split(" && ")) {
                    if (command.equals(BUILD)) {
                        continue;
                    }
                    assertThat(command.startsWith(JAR) || command.startsWith(LAUNCHER))
                            .as(
                                    "README snippet %s runs only the CLI (launcher or jar), the build, and .ci/run's"
                                            + " test command: %s",
                                    snippet.name(), command)
                            .isTrue();
                    run(command);
                    ran.add(command);
                }
            }
        }
        assertThat(testCommandShown)
                .as("README shows .ci/run's test command: %s", ciCommand)
                .isTrue();
        assertThat(ran).isNotEmpty();
    }

    /** The command .ci/run ends with. */
    private static String ciCommand() throws IOException {
        List<String> lines = Files.readAllLines(Project.root().resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .filter(line ->
                        !line.isBlank() && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "))
                .toList();
        assertThat(lines).as(".ci/run has one command").hasSize(1);
        return lines.get(0);
    }

    private static void run(String command) throws Exception {
        Path log = Files.createTempFile("readme-command", ".log");
        try {
            Process process = new ProcessBuilder("bash", "-c", command)
                    .directory(Project.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean ended = process.waitFor(10, TimeUnit.MINUTES); // a hang guard, not a speed check
            if (!ended) {
                process.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(ended)
                    .as("'%s' still running after 10 minutes:%n%s", command, output)
                    .isTrue();
            assertThat(process.exitValue())
                    .as("'%s' as written in README.md:%n%s", command, output)
                    .isZero();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
