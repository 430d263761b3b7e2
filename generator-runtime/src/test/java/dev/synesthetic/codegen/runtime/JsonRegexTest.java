package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ECMA-262 regular expressions: the translation to java.util.regex and the {@code regex} format. */
class JsonRegexTest {
    @Test
    void ecmaSyntaxIsARegex() {
        assertThat(List.of(
                        "^[a-z]+$",
                        "(?<year>\\d{4})-\\k<year>",
                        "(?<=a)b",
                        "(?!x)y",
                        "\\p{Letter}+",
                        "\\p{Script=Greek}",
                        "[]",
                        "[^]",
                        "\\cJ",
                        "\\u00e9"))
                .allMatch(JsonRegex::isEcmaRegex);
    }

    @Test
    void javaOrPythonSyntaxIsNot() {
        assertThat(List.of("(?i)a", "(?#note)a", "(?P<n>a)", "\\a", "\\Qa\\E", "\\z", "^(abc]", "["))
                .noneMatch(JsonRegex::isEcmaRegex);
    }

    @Test
    void emptyClassesAreTranslatedOnlyOutsideAClass() {
        assertThat(JsonRegex.toJava("a[]b[^]")).isEqualTo("a(?!)b[\\s\\S]");
        assertThat(JsonRegex.toJava("\\[]")).isEqualTo("\\[]");
        assertThat(JsonRegex.toJava("\\p{Letter}")).isEqualTo("\\p{L}");
    }
}
