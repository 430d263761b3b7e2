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

    private static boolean finds(String ecma, String input) {
        return java.util.regex.Pattern.compile(JsonRegex.toJava(ecma))
                .matcher(input)
                .find();
    }

    @Test
    void dollarIsTheEndOfInputOnly() {
        assertThat(finds("^abc$", "abc")).isTrue();
        assertThat(finds("^abc$", "abc\n"))
                .as("Java's $ also matches before a final newline")
                .isFalse();
        assertThat(finds("[$]", "$")).isTrue();
    }

    @Test
    void whiteSpaceDotClassesAndControlEscapesHaveTheirEcmaMeaning() {
        for (String space : List.of("\u00a0", "\ufeff", "\u1680", "\u2003", "\u2028", "\u2029", "\u202f", "\u3000")) {
            assertThat(finds("^\\s$", space))
                    .as("\\s %04x", (int) space.charAt(0))
                    .isTrue();
            assertThat(finds("^\\S$", space)).isFalse();
            assertThat(finds("^[\\s]$", space)).isTrue();
            assertThat(finds("^[^\\s]$", space)).isFalse();
        }
        assertThat(finds("^\\S$", "a")).isTrue();
        assertThat(finds("^.$", "\u0085")).as("NEL is no ECMA line terminator").isTrue();
        assertThat(finds("^.$", "\u2028")).isFalse();
        assertThat(finds("^.$", "\r")).isFalse();
        assertThat(finds("^[a&&b]$", "&")).as("no class intersection in ECMA").isTrue();
        assertThat(finds("^[[]$", "[")).as("no nested class in ECMA").isTrue();
        assertThat(finds("^\\cc$", "\u0003")).isTrue();
        assertThat(finds("^\\cJ$", "\n")).isTrue();
        assertThat(finds("^\\v$", "\u000b")).isTrue();
        assertThat(finds("^\\v$", "\n")).as("Java's \\v is a class").isFalse();
    }

    @Test
    void javaOnlySyntaxIsNoEcmaRegex() {
        assertThat(List.of(
                        "a++",
                        "a*+",
                        "a{1,2}+",
                        "\\p{IsGreek}",
                        "\\p{InGreek}",
                        "\\p{javaLowerCase}",
                        "\\p{Lower}",
                        "\\1",
                        "(a)\\2",
                        "\\-",
                        "\\@"))
                .noneMatch(JsonRegex::isEcmaRegex);
    }

    @Test
    void ecmaOnlySyntaxIsARegex() {
        assertThat(List.of(
                        "(?<first_name>x)\\k<first_name>",
                        "(?<$a>x)",
                        "\\u{1F600}",
                        "\\0",
                        "[\\b]",
                        "[\\-]",
                        "\\p{Any}",
                        "(a)\\1",
                        "\\/"))
                .allMatch(JsonRegex::isEcmaRegex);
        assertThat(finds("^(?<first_name>x)\\k<first_name>$", "xx")).isTrue();
        assertThat(finds("^\\u{1F600}$", "\ud83d\ude00")).isTrue();
        assertThat(finds("^[\\b]$", "\b")).isTrue();
        assertThat(finds("^\\0$", "\u0000")).isTrue();
    }
}
