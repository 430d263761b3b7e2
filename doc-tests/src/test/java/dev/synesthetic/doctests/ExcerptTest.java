package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A snippet that names the file it quotes ({@code <!-- snippet: NAME FILE -->}) is that file's text,
 * cut only where a line says so ({@code // …} in Java, {@code …} alone elsewhere): no line edited,
 * no silent cut at the start or the end.
 */
class ExcerptTest {
    @Test
    void everyQuotedSnippetIsItsFileCutOnlyWhereMarked() throws IOException {
        List<String> wrong = new ArrayList<>();
        int quoted = 0;
        for (Path page : Project.pages()) {
            for (Markdown.Snippet snippet : Markdown.read(page).snippets()) {
                if (snippet.source() == null) {
                    continue;
                }
                quoted++;
                Path source = Project.root().resolve(snippet.source()).normalize();
                String problem = Files.isRegularFile(source)
                        ? mismatch(snippet.text(), Files.readAllLines(source, StandardCharsets.UTF_8))
                        : "no such file";
                if (problem != null) {
                    wrong.add(page.getFileName() + ":" + snippet.line() + " " + snippet.name() + " (" + snippet.source()
                            + "): " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(quoted).as("quoted snippets in README.md and docs/").isPositive();
    }

    @Test
    void aChangedLineOrAnUnmarkedCutIsFound() {
        List<String> file = List.of("a", "b", "c", "d");
        assertThat(mismatch("a\n// … b\nc\nd\n", file)).isNull();
        assertThat(mismatch("a\nb\nc\nd\n", file)).isNull();
        assertThat(mismatch("a\nB\nc\nd\n", file)).isNotNull();
        assertThat(mismatch("a\nb\nc\n", file)).isNotNull();
        assertThat(mismatch("b\nc\nd\n", file)).isNotNull();
        assertThat(mismatch("a\n// …\nb\n", file)).isNotNull();
    }

    static boolean isCut(String line) {
        String trimmed = line.strip();
        return trimmed.equals("…") || trimmed.startsWith("// …");
    }

    /** Null when the excerpt is the file cut only at marker lines, else what is wrong. */
    static String mismatch(String excerpt, List<String> file) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        List<String> lines = excerpt.lines().toList();
        for (String line : lines) {
            if (isCut(line)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            } else {
                chunk.add(line);
            }
        }
        chunks.add(chunk);
        int at = 0;
        for (int c = 0; c < chunks.size(); c++) {
            List<String> part = chunks.get(c);
            boolean anchoredStart = c == 0;
            boolean anchoredEnd = c == chunks.size() - 1;
            int found = -1;
            for (int i = at; i + part.size() <= file.size(); i++) {
                if ((!anchoredStart || i == 0)
                        && (!anchoredEnd || i + part.size() == file.size())
                        && file.subList(i, i + part.size()).equals(part)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return "lines " + part + " are not in the file "
                        + (anchoredStart ? "at its start" : anchoredEnd ? "at its end" : "after the previous part");
            }
            at = found + part.size();
        }
        return null;
    }
}
