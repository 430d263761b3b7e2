package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a JRE (this JDK with {@code jdk.compiler} left out of the module graph) {@code validate} needs
 * no compiler, even in a host's class loader where the runtime is no file; what does need one
 * ({@code validate --round-trip}, {@code compat}'s Java API comparison) says so, naming the option,
 * and {@code compat} before any work.
 */
class NoCompilerTest {
    @TempDir
    Path temp;

    Path schemas;
    Path bad;

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(
                schemas.resolve("thing.schema.json"),
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"https://example.com/thing\","
                        + " \"title\": \"Thing\", \"type\": \"object\", \"required\": [\"name\"],"
                        + " \"properties\": {\"name\": {\"type\": \"string\"}}}");
        bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"nom\": 1}");
    }

    @Test
    void validateNeedsNoCompilerEvenWhereTheRuntimeIsNoFile() throws Exception {
        CliRun run = onAJre(
                true,
                "validate",
                "--no-cache",
                "--schemas",
                schemas.toString(),
                "--schema",
                schemas.resolve("thing.schema.json").toString(),
                bad.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("required");
    }

    @Test
    void roundTripOnAJreSaysItIsWhatNeedsAJdk() throws Exception {
        CliRun run = onAJre(
                false,
                "validate",
                "--no-cache",
                "--round-trip",
                "--schemas",
                schemas.toString(),
                "--schema",
                schemas.resolve("thing.schema.json").toString(),
                bad.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.IO);
        assertThat(run.err()).contains("--round-trip").contains("needs a JDK").doesNotContain("internal");
    }

    @Test
    void compatOnAJreStopsBeforeTheWorkAndSaysWhatToDo() throws Exception {
        CliRun run = onAJre(false, "compat", "--no-cache", "--old", schemas.toString(), "--new", schemas.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.IO);
        assertThat(run.err())
                .contains("needs a JDK")
                .contains("--validators-only")
                .doesNotContain("internal");
        CliRun documentsOnly = onAJre(
                false,
                "compat",
                "--no-cache",
                "--validators-only",
                "--old",
                schemas.toString(),
                "--new",
                schemas.toString());
        assertThat(documentsOnly.exitCode()).as(documentsOnly.toString()).isZero();
    }

    /** The command line in a JVM without {@code jdk.compiler}, in a host's class loader or on the class path. */
    private CliRun onAJre(boolean hostLoader, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules",
                "java.se,jdk.unsupported,jdk.zipfs",
                "-cp",
                System.getProperty("java.class.path"),
                (hostLoader ? HostLoaderMain.class : Main.class).getName()));
        command.addAll(List.of(args));
        return CliProcess.run(temp, command);
    }
}
