package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compat reads two corpora whose files share names: every diagnostic says which side it comes from,
 * and a corpus error says what is true (nothing was compared; compat writes nothing anyway) and what to do.
 */
class CompatSidesTest {
    @TempDir
    Path temp;

    private Path corpus(String name, String property) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(
                folder.resolve("a.schema.json"),
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\","
                        + " \"properties\": {\"x\": " + property + "}}");
        return folder;
    }

    @Test
    void eachWarningNamesItsSide() throws IOException {
        Path old = corpus("old", "{\"type\": \"string\"}");
        Path neu = corpus("new", "{\"type\": \"string\", \"minLenght\": 2}");

        CliRun run = CliRun.of("compat", "--old", old.toString(), "--new", neu.toString(), "--fail-on", "none");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("new: WARNING [UNKNOWN_KEYWORD] a.schema.json#/properties/x/minLenght");
        assertThat(run.err()).doesNotContain("old: WARNING");
    }

    @Test
    void aCorpusErrorNamesItsSideAndSaysNothingWasCompared() throws IOException {
        Path old = corpus("old", "{\"type\": \"string\", \"minLenght\": 2}");
        Path neu = corpus("new", "{\"type\": \"string\"}");

        CliRun run = CliRun.of("compat", "--old", old.toString(), "--new", neu.toString(), "--strict");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err())
                .contains("old: ERROR [UNKNOWN_KEYWORD] a.schema.json#/properties/x/minLenght")
                .contains("1 error(s) in the schemas at " + old + "; the old corpus cannot be read, so nothing was"
                        + " compared.")
                .doesNotContain("nothing was written");
    }
}
