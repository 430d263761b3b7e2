package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keyword names live in the vocabulary: a string literal equal to a keyword name anywhere else in
 * generator-core's main sources is a second place that knows the keyword, so it fails here. The
 * exceptions below are not uses of the keyword, or belong to code another change owns.
 */
class KeywordLiteralsTest {
    private static final Path MAIN = Path.of("src/main/java/dev/synesthetic/codegen");

    /** The one file that spells keyword names. */
    private static final String VOCABULARY = "vocabulary/Keywords.java";

    /** File → literals allowed there, each with its reason. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // Java's reserved words, which happen to share names with keywords.
            "naming/Identifiers.java", Set.of("const", "default", "else", "enum", "if"),
            // The member of Jackson's @JsonProperty(required = true), not the JSON Schema keyword.
            "emit/Jackson.java", Set.of("required"));

    @Test
    void noKeywordNameIsSpelledOutsideTheVocabulary() throws IOException {
        Set<String> names = new TreeSet<>();
        Keywords.list().forEach(k -> names.add(k.name()));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                if (relative.equals(VOCABULARY)) {
                    continue;
                }
                for (String literal : JavaStringLiterals.of(Files.readString(file))) {
                    if (names.contains(literal)
                            && !ALLOWED.getOrDefault(relative, Set.of()).contains(literal)) {
                        found.add(relative + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found)
                .as("keyword names spelled outside %s; use the Keywords constants", VOCABULARY)
                .isEmpty();
    }

    @Test
    void theScannerSeesLiteralsButNotCommentsOrCharacters() {
        String source =
                "/* \"type\" */ class A { // \"items\"\n String a = \"$ref\"; char q = '\"'; String b = \"x\\\"y\";"
                        + " String c = \"\"\"\n  text\n  \"\"\"; }";

        assertThat(JavaStringLiterals.of(source)).containsExactly("$ref", "x\"y", "  text\n  ");
    }

    @Test
    void theAllowedExceptionsAreStillThere() throws IOException {
        for (Map.Entry<String, Set<String>> allowed : ALLOWED.entrySet()) {
            assertThat(JavaStringLiterals.of(Files.readString(MAIN.resolve(allowed.getKey()))))
                    .as("%s still needs its exception", allowed.getKey())
                    .containsAll(allowed.getValue());
        }
    }
}
