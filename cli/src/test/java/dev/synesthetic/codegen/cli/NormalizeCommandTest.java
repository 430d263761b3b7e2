package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.provenance.Digests;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code normalize [--check]} over a copy of the Synesthetic corpus (its keys are sorted, so it is not canonical). */
class NormalizeCommandTest {
    @TempDir
    Path temp;

    Path schemas;

    @BeforeEach
    void copyCorpus() throws IOException {
        schemas = temp.resolve("jsonschema");
        Files.createDirectories(schemas);
        try (Stream<Path> files = Files.list(CliRun.synestheticSchemas())) {
            for (Path file : files.toList()) {
                Files.copy(file, schemas.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void checkListsTheFilesAndTheirDiffsExitsOneAndWritesNothing() throws IOException {
        Map<String, String> before = TreeHash.of(temp);
        CliRun run = CliRun.of("normalize", "--check", "--schemas", schemas.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(TreeHash.of(temp)).isEqualTo(before);
        String tone = schemas.resolve("tone.schema.json").toString().replace('\\', '/');
        assertThat(run.out()).contains("not normalized: " + tone);
        assertThat(run.out()).contains("--- a/" + tone, "+++ b/" + tone, "@@ ");
        assertThat(run.out()).contains("-  \"$id\": ", "+  \"$schema\": ");
        assertThat(run.err()).contains("normalize --schemas " + schemas);
    }

    @Test
    void normalizeRewritesSchemasKeepingTheirDigestsThenCheckIsCleanAndASecondRunWritesNothing() throws IOException {
        Map<String, String> digests = digests();
        CliRun first = CliRun.of("normalize", "--schemas", schemas.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("normalized: ");
        assertThat(first.err()).contains("9 normalized, 0 unchanged");
        assertThat(digests()).isEqualTo(digests);
        String tone = Files.readString(schemas.resolve("tone.schema.json"));
        assertThat(tone).startsWith("{\n  \"$schema\": ").endsWith("}\n").doesNotContain("\r");

        Map<String, String> normalized = TreeHash.of(temp);
        CliRun again = CliRun.of("normalize", "--schemas", schemas.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("0 normalized, 9 unchanged");
        assertThat(TreeHash.of(temp)).isEqualTo(normalized);

        CliRun check = CliRun.of("normalize", "--check", "--schemas", schemas.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).isEmpty();
        assertThat(TreeHash.of(temp)).isEqualTo(normalized);
    }

    @Test
    void takesFilesAndFoldersLikeJsonschemaFmt() throws IOException {
        Path other = temp.resolve("other");
        Files.createDirectories(other.resolve("nested"));
        Files.writeString(other.resolve("nested/a.json"), "{\"type\":\"string\",\"title\":\"A\"}\n");
        Files.writeString(other.resolve("notes.txt"), "{not json");
        Map<String, String> before = TreeHash.of(schemas);
        CliRun run = CliRun.of("normalize", schemas.resolve("tone.schema.json").toString(), other.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("2 normalized, 0 unchanged");
        assertThat(Files.readString(other.resolve("nested/a.json")))
                .isEqualTo("{\n  \"title\": \"A\",\n  \"type\": \"string\"\n}\n");
        Map<String, String> after = TreeHash.of(schemas);
        // Only tone.schema.json was rewritten (the folder's own timestamp moves with it).
        List.of("tone.schema.json", "").forEach(key -> {
            after.remove(key);
            before.remove(key);
        });
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotJsonStopsTheRunWithNothingWritten() throws IOException {
        Files.writeString(schemas.resolve("broken.schema.json"), "{\n  \"type\": \"object\",\n  \"title\" 1\n}\n");
        Map<String, String> before = TreeHash.of(temp);
        CliRun run = CliRun.of("normalize", "--schemas", schemas.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err())
                .contains("broken.schema.json")
                .contains("line 3, column")
                .contains("nothing was written");
        assertThat(TreeHash.of(temp)).isEqualTo(before);
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() throws IOException {
        Map<String, String> before = TreeHash.of(temp);
        CliRun run =
                CliRun.of("normalize", "--check", temp.resolve("missing.json").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("missing.json");
        assertThat(TreeHash.of(temp)).isEqualTo(before);
    }

    private Map<String, String> digests() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path file : files.toList()) {
                JsonNode tree = JsonTrees.parse(Files.readAllBytes(file));
                digests.put(file.getFileName().toString(), Digests.ofSchema(tree));
            }
        }
        assertThat(digests).hasSize(9);
        return digests;
    }
}
