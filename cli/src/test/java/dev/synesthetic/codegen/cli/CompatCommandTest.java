package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compat}'s exit codes, --fail-on, and each output format, on one bump: "name" becomes required. */
class CompatCommandTest {
    @TempDir
    Path temp;

    Path old;
    Path neu;

    @BeforeEach
    void corpora() throws IOException {
        old = corpus("old", "1.0.0", "");
        neu = corpus("new", "1.1.0", ",\"required\":[\"name\"]");
    }

    @Test
    void aBackwardBreakFailsByDefaultWithTheChangeGroupedBySchema() throws IOException {
        Map<String, String> before = TreeHash.of(temp);
        CliRun run = compat();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "compat: 1 document change(s), 1 Java API change(s); backward: 1 breaking, forward: 0 breaking, java: 0 breaking")
                .contains("\nthing.schema.json\n  required-added: \"name\" is now required\n")
                .contains("    at thing.schema.json#")
                .contains("    backward: breaks (proven: {})\n")
                .contains("    forward: safe\n");
        assertThat(run.err()).contains("fail on backward,java");
        assertThat(TreeHash.of(temp)).as("compat writes nothing").isEqualTo(before);
    }

    @Test
    void failOnNamesWhatCounts() {
        assertThat(compat("--fail-on", "forward").exitCode()).isZero();
        assertThat(compat("--fail-on", "java").exitCode()).isZero();
        assertThat(compat("--fail-on", "none").exitCode()).isZero();
        assertThat(compat("--fail-on", "forward,backward").exitCode()).isEqualTo(1);
        assertThat(compat("--fail-on", "forward", "--fail-on", "backward").exitCode())
                .isEqualTo(1);
    }

    @Test
    void theReverseBumpBreaksForward() {
        CliRun run = CliRun.of("compat", "--old", neu.toString(), "--new", old.toString(), "--fail-on", "forward");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("required-removed").contains("forward: breaks (proven: {})");
        assertThat(CliRun.of("compat", "--old", neu.toString(), "--new", old.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void identicalCorporaHaveNoChange() {
        CliRun run =
                CliRun.of("compat", "--old", old.toString(), "--new", old.toString(), "--fail-on", "backward,forward");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("compat: 0 document change(s), 0 Java API change(s);");
    }

    @Test
    void jsonIsMachineReadable() {
        CliRun run = compat("--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("\"breaking\": {")
                .contains("\"kind\": \"required-added\"")
                .contains("\"oldSchema\": \"thing.schema.json\"")
                .contains("\"status\": \"proven\"");
    }

    @Test
    void githubAnnotatesTheNewSchemaFile() {
        CliRun run = compat("--format", "github");
        String file = neu.toString().replace('\\', '/').replace(":", "%3A") + "/thing.schema.json";
        assertThat(run.out())
                .startsWith("::error file=" + file
                        + ",title=Schema compatibility%3A required-added::\"name\" is now required")
                .contains("%0Abackward: breaks (proven: {})%0Aforward: safe");
    }

    @Test
    void markdownIsAPullRequestComment() {
        CliRun run = compat("--format", "markdown");
        assertThat(run.out())
                .startsWith("## Schema compatibility\n")
                .contains(
                        "| thing.schema.json | required-added: \"name\" is now required | `thing.schema.json#` | breaks | safe |")
                .contains("- **backward** thing.schema.json `thing.schema.json#` proven: `{}`");
    }

    @Test
    void usageErrorsExitTwoAndCorpusErrorsThree() throws IOException {
        assertThat(compat("--format", "yaml").exitCode()).isEqualTo(2);
        assertThat(compat("--fail-on", "sideways").exitCode()).isEqualTo(2);
        assertThat(compat("--fail-on", "none,backward").exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("compat", "--old", temp.resolve("nowhere").toString(), "--new", neu.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--old " + temp.resolve("nowhere") + " does not exist");
        assertThat(CliRun.of("compat", "--new", neu.toString()).exitCode()).isEqualTo(2);

        Files.writeString(neu.resolve("broken.schema.json"), "{\"type\": ");
        CliRun broken = compat();
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(3);
        assertThat(broken.err()).contains("broken.schema.json");
    }

    @Test
    void aRepeatedRunLoadsBothSidesValidatorsFromTheCacheAndReportsTheSame() {
        Path cache = temp.resolve("cache");
        CliRun cold = compat("--cache-dir", cache.toString());
        CliRun warm = compat("--cache-dir", cache.toString());

        assertThat(cold.exitCode()).as(cold.toString()).isEqualTo(1);
        assertThat(cold.err()).contains("compat: no cached validators", "compat: validators cached at");
        assertThat(warm.err().lines().filter(l -> l.startsWith("compat: validators loaded from the cache")))
                .as(warm.err())
                .hasSize(2);
        assertThat(warm.exitCode()).isEqualTo(cold.exitCode());
        assertThat(warm.out()).isEqualTo(cold.out()).contains("backward: breaks (proven: {})");
    }

    @Test
    void noCacheReadsAndWritesNoCache() {
        Path cache = temp.resolve("cache");
        CliRun run = compat("--cache-dir", cache.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("cache");
        assertThat(cache).doesNotExist();
    }

    private CliRun compat(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "compat";
        args[1] = "--old=" + old;
        args[2] = "--new=" + neu;
        args[3] = "--verbose";
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private Path corpus(String name, String version, String more) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve("thing.schema.json"),
                "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://example.com/" + version
                        + "/thing.schema.json\",\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}"
                        + more + "}");
        return folder;
    }
}
