package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --round-trip} binds every root kind of {@code schemas/roots} (an array, a map, a
 * scalar, an enum, a bare {@code $ref}, an {@code anyOf}), and a root with no type is a corpus error
 * naming the file rather than a run that writes no type.
 */
class RootRoundTripCommandTest {
    private static final Path ROOTS =
            Path.of("../schemas/roots").toAbsolutePath().normalize();
    private static final Path DOCUMENTS = Path.of("../golden/src/test/resources/fixture-instances/roots")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path temp;

    @Test
    void everyValidDocumentOfEveryRootKindValidatesAndRoundTrips() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(DOCUMENTS.resolve("valid"))) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).hasSize(6);
        for (Path folder : folders) {
            String schema = folder.getFileName() + ".schema.json";

            CliRun run = CliRun.of(
                    "validate", "--schemas", ROOTS.toString(), "--schema", schema, "--round-trip", folder.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).doesNotContain("invalid:").contains("valid: ");
        }
    }

    @Test
    void anInvalidArrayDocumentIsInvalidWithItsPointer() throws IOException {
        Path bad = Files.writeString(
                temp.resolve("bad.json"), "[{\"from\": \"/a\", \"to\": \"/b\"}, {\"from\": \"a\", \"to\": \"/c\"}]");

        CliRun run = CliRun.of(
                "validate",
                "--schemas",
                ROOTS.toString(),
                "--schema",
                "redirects.schema.json",
                "--round-trip",
                bad.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + bad + " (redirects.schema.json)")
                .contains("/1/from");
    }

    @Test
    void aRootWithNoTypeIsACorpusErrorNamingTheFile() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(
                schemas.resolve("anything.schema.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"description\": \"any JSON\"}");
        Path output = temp.resolve("out");

        CliRun run =
                CliRun.of("generate", "--schemas", schemas.toString(), "--output", output.toString(), "--package", "p");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("ROOT_WITHOUT_TYPE").contains("anything.schema.json");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFileOfDefinitionsOnlyHasNothingToRoundTripAndSaysWhy() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("defs"));
        Files.writeString(
                schemas.resolve("common.schema.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                        + " \"definitions\": {\"point\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"number\"}}}}}");
        Path document = Files.writeString(temp.resolve("doc.json"), "{\"x\": 1}");

        CliRun run = CliRun.of(
                "validate",
                "--schemas",
                schemas.toString(),
                "--schema",
                "common.schema.json",
                "--round-trip",
                document.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("common.schema.json has no root type to bind to");
    }
}
