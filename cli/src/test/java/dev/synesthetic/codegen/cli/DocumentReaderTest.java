package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link DocumentReader} turns YAML, JSON and TOML text into documents. */
class DocumentReaderTest {
    @TempDir
    Path temp;

    private JsonNode yaml(String text) throws IOException, UnreadableDocument {
        Path file = Files.writeString(temp.resolve("doc.yaml"), text);
        return DocumentReader.read(file).get(0).value();
    }

    @Test
    void aliasesStandForScalarSequenceAndMappingAnchors() throws IOException, UnreadableDocument {
        JsonNode doc = yaml("name: &nm hello\n"
                + "tags: [*nm, x]\n"
                + "list: &ls [1, 2]\n"
                + "again: *ls\n"
                + "map: &mp {k: v}\n"
                + "copy: *mp\n"
                + "flow: [*nm, *ls, *mp]\n");

        assertThat(doc.get("tags").toString()).isEqualTo("[\"hello\",\"x\"]");
        assertThat(doc.get("again").toString()).isEqualTo("[1,2]");
        assertThat(doc.get("copy").toString()).isEqualTo("{\"k\":\"v\"}");
        assertThat(doc.get("flow").toString()).isEqualTo("[\"hello\",[1,2],{\"k\":\"v\"}]");
    }

    @Test
    void aSyntaxErrorHasItsPosition() throws IOException {
        for (String[] doc : new String[][] {{"bad.yaml", "a: 1\nb: [\n"}, {"bad.json", "{\"a\": 1,\n  x}"}}) {
            Path file = Files.writeString(temp.resolve(doc[0]), doc[1]);
            try {
                DocumentReader.read(file);
                throw new AssertionError(doc[0] + " was read");
            } catch (UnreadableDocument e) {
                assertThat(e.position()).as(doc[0] + ": " + e.getMessage()).isNotNull();
                assertThat(e.position().line()).isGreaterThan(1);
            }
        }
    }
}
