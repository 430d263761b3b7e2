package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compat --old-git REV:PATH}: the old side read from a git revision, the working tree left alone. */
class CompatOldGitTest {
    @TempDir
    Path repo;

    Path schemas;

    @BeforeEach
    void repositoryWithABump() throws Exception {
        schemas = Files.createDirectories(repo.resolve("schemas"));
        write("");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "1.0");
        write(",\"required\":[\"name\"]");
    }

    @Test
    void theOldSideComesFromTheRevision() throws IOException {
        Map<String, String> before = TreeHash.of(repo);
        CliRun run = CliRun.of("compat", "--old-git", "HEAD:" + schemas, "--new", schemas.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("required-added: \"name\" is now required", "backward: breaks (proven: {})");
        assertThat(TreeHash.of(repo))
                .as("the working tree and index are left alone")
                .isEqualTo(before);
    }

    @Test
    void aSecondRunFindsBothSidesInTheCacheThoughTheRevisionIsCopiedAfresh() throws IOException {
        Path cache = Files.createTempDirectory("compat-old-git-cache");
        String[] args = {
            "compat",
            "--verbose",
            "--cache-dir",
            cache.toString(),
            "--old-git",
            "HEAD:" + schemas,
            "--new",
            schemas.toString()
        };
        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err())
                .as("each run copies the revision to a new temporary folder; its entry is found all the same")
                .doesNotContain("no cached validators");
        assertThat(second.err().split("validators loaded from the cache", -1)).hasSize(3);
    }

    @Test
    void aBrokenOldRevisionIsNamedByTheRevisionNotItsTemporaryFolder() throws Exception {
        Files.writeString(schemas.resolve("broken.schema.json"), "{\"type\": \"object\", \"minimum\": \"zero\"}");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "broken");
        Files.delete(schemas.resolve("broken.schema.json"));

        CliRun run = CliRun.of("compat", "--old-git", "HEAD:" + schemas, "--new", schemas.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.SCHEMA);
        assertThat(run.err())
                .contains("in the schemas at HEAD:" + schemas + ";")
                .doesNotContain("compat-old-git");
    }

    @Test
    void anUnknownRevisionOrPathIsAUsageError() {
        CliRun badRevision =
                CliRun.of("compat", "--old-git", "nosuchrev:" + schemas, "--new", schemas.toString(), "--no-cache");
        CliRun badPath = CliRun.of(
                "compat", "--old-git", "HEAD:" + repo.resolve("nowhere"), "--new", schemas.toString(), "--no-cache");
        CliRun both = CliRun.of(
                "compat", "--old", schemas.toString(), "--old-git", "HEAD:" + schemas, "--new", schemas.toString());

        assertThat(badRevision.exitCode()).as(badRevision.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRevision.err()).contains("--old-git", "nosuchrev");
        assertThat(badPath.exitCode()).as(badPath.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPath.err()).contains("no *.json");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private void write(String more) throws IOException {
        Files.writeString(
                schemas.resolve("thing.schema.json"),
                "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                        + "\"properties\":{\"name\":{\"type\":\"string\"}}" + more + "}");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
