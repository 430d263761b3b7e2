package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in README.md and docs/*.md points at a file that exists, and at a heading when it names one. */
class LinksTest {
    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : Project.pages()) {
            broken.addAll(brokenLinks(page));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCheckFindsAMissingFileAndAMissingAnchor(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("other.md"), "# Other page\n\n## Exit codes\n");
        Path page = Files.writeString(
                temp.resolve("page.md"),
                String.join(
                        "\n",
                        "# Page",
                        "[fine](other.md#exit-codes) [fine too](#page) [web](https://example.org/x) `[code](nowhere.md)`",
                        "[gone](missing.md) [no such heading](other.md#nothing)",
                        "```",
                        "[in a block](also-missing.md)",
                        "```",
                        ""));

        assertThat(brokenLinks(page))
                .containsExactly(
                        "page.md:3: missing.md (no such file)",
                        "page.md:3: other.md#nothing (no such heading in other.md)");
    }

    static List<String> brokenLinks(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        Markdown markdown = Markdown.read(page);
        for (Markdown.Link link : markdown.links()) {
            String target = link.target();
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // https:, mailto: ... — not ours to check offline
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
            String where = page.getFileName() + ":" + link.line() + ": " + target;
            if (!Files.exists(file)) {
                broken.add(where + " (no such file)");
            } else if (anchor != null
                    && !(file.toString().endsWith(".md")
                            && Markdown.read(file).anchors().contains(anchor))) {
                broken.add(where + " (no such heading in " + file.getFileName() + ")");
            }
        }
        return broken;
    }
}
