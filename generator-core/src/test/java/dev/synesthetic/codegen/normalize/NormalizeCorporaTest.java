package dev.synesthetic.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.provenance.Digests;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Normalizing never changes meaning: over the Synesthetic corpus, its history and every fixture corpus,
 * each file's schema digest (the manifest's) and tree are the same before and after, and a second
 * run changes nothing.
 */
class NormalizeCorporaTest {
    @Test
    void digestsAreUnchangedAndASecondRunChangesNothing() throws Exception {
        List<Path> files;
        try (Stream<Path> synesthetic =
                        Files.walk(Locations.synestheticSchemas().getParent());
                Stream<Path> fixtures = Files.walk(Locations.fixtures())) {
            files = Stream.concat(synesthetic, fixtures)
                    .filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        int checked = 0;
        int reordered = 0;
        for (Path file : files) {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode tree = parsedOrNull(before);
            if (tree == null) {
                continue; // the invalid fixtures: the formatter must refuse them too (SchemaFormatterTest)
            }
            String after = SchemaFormatter.format(before, Draft.DRAFT_2020_12);
            assertThat(Digests.ofSchema(JsonTrees.parse(after)))
                    .as(file.toString())
                    .isEqualTo(Digests.ofSchema(tree));
            assertThat(JsonTrees.parse(after)).as(file.toString()).isEqualTo(tree);
            assertThat(SchemaFormatter.format(after, Draft.DRAFT_2020_12))
                    .as(file.toString())
                    .isEqualTo(after);
            checked++;
            reordered += after.equals(before) ? 0 : 1;
        }
        // The proof covers the corpus, its 18 bumps and the fixtures, and the formatter did change files.
        assertThat(checked).isGreaterThan(200);
        assertThat(reordered).isGreaterThan(0);
    }

    private static JsonNode parsedOrNull(String text) {
        try {
            return JsonTrees.parse(text);
        } catch (IOException e) {
            return null;
        }
    }
}
