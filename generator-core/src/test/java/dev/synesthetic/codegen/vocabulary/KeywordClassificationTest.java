package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.vocabulary.KeywordCoverage.Where;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every keyword of every draft is classified: in the type, in the validator, an annotation, or
 * refused by records with a reason; and {@code docs/keywords.md} holds exactly that classification.
 */
class KeywordClassificationTest {
    private static final Path PAGE = Path.of("..", "docs", "keywords.md");
    private static final String HEADER = "| keyword | drafts | in | reason |";

    @ParameterizedTest
    @EnumSource(Draft.class)
    void everyKeywordOfEveryDraftIsClassified(Draft draft) {
        for (Keyword keyword : Keywords.of(draft)) {
            Where where = Where.of(keyword.role());
            assertThat(where)
                    .as(keyword.name())
                    .isIn(EnumSet.of(Where.TYPE, Where.VALIDATOR, Where.ANNOTATION, Where.REFUSED));
            if (where == Where.REFUSED) {
                assertThat(reason(keyword)).as(keyword.name()).isNotBlank();
            }
            if (where == Where.VALIDATOR) {
                // "in the validator" must be true: it has a reader, or its owner reads it
                Keyword reader = keyword.readWith().orElse(keyword);
                assertThat(reader.reader())
                        .as("%s is read by a validator", keyword)
                        .isPresent();
            }
        }
    }

    @Test
    void theDocumentationTableIsTheClassification() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Keyword keyword : Keywords.list()) {
            expected.add(row(keyword));
        }

        assertThat(documentedRows())
                .as("rows of %s, in the keyword table's order", PAGE)
                .isEqualTo(expected);
    }

    /** The table's rows as written, spacing normalised. */
    private static List<String> documentedRows() throws IOException {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        int header = lines.indexOf(HEADER);
        assertThat(header).as("%s has the table header %s", PAGE, HEADER).isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream()
                    .map(String::strip)
                    .collect(Collectors.joining(" | ", "| ", " |")));
        }
        return rows;
    }

    private static String row(Keyword keyword) {
        String drafts = Set.of(Draft.values()).stream()
                .filter(keyword::in)
                .sorted()
                .map(Draft::optionName)
                .collect(Collectors.joining(", "));
        return "| `" + keyword.name() + "` | " + drafts + " | "
                + Where.of(keyword.role()).jsonName() + " | " + reason(keyword) + " |";
    }

    private static String reason(Keyword keyword) {
        return Where.of(keyword.role()) == Where.REFUSED ? KeywordCoverage.REFUSED_REASON : "";
    }
}
