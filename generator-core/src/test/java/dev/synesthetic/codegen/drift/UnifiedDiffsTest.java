package dev.synesthetic.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffsTest {
    @Test
    void linesMarkALastLineWithoutNewline() {
        assertThat(UnifiedDiffs.lines("a\nb\n")).containsExactly("a", "b");
        assertThat(UnifiedDiffs.lines("a\nb")).containsExactly("a", "b" + UnifiedDiffs.NO_NEWLINE);
        assertThat(UnifiedDiffs.lines("")).isEmpty();
    }

    @Test
    void betweenIsAGitStyleDiffWithThreeLinesOfContext() {
        List<String> diff = UnifiedDiffs.between(
                "p/A.java", List.of("1", "2", "3", "4", "5", "6"), List.of("1", "2", "3", "4", "five", "6"));
        assertThat(String.join("\n", diff)).isEqualTo("""
        --- a/p/A.java
        +++ b/p/A.java
        @@ -2,5 +2,5 @@
         2
         3
         4
        -5
        +five
         6""");
    }

    @Test
    void creatingAndDeletingShowEveryLineAndTheMissingFinalNewlineAsGitDoes() {
        assertThat(UnifiedDiffs.creating("A.java", UnifiedDiffs.lines("x\ny")))
                .containsExactly(
                        "--- /dev/null", "+++ b/A.java", "@@ -0,0 +1,2 @@", "+x", "+y", "\\ No newline at end of file");
        assertThat(UnifiedDiffs.deleting("A.java", UnifiedDiffs.lines("x\n")))
                .containsExactly("--- a/A.java", "+++ /dev/null", "@@ -1,1 +0,0 @@", "-x");
    }

    @Test
    void underPrefixesOnlyTheHeaderPaths() {
        List<String> diff =
                List.of("--- a/A.java", "+++ b/A.java", "@@ -1 +1 @@", "--- a/not-a-header", "+++ b/nor-this");
        assertThat(UnifiedDiffs.under("src/", diff))
                .containsExactly(
                        "--- a/src/A.java", "+++ b/src/A.java", "@@ -1 +1 @@", "--- a/not-a-header", "+++ b/nor-this");
        assertThat(UnifiedDiffs.under("src/", UnifiedDiffs.creating("A.java", List.of("x"))))
                .startsWith("--- /dev/null", "+++ b/src/A.java");
    }

    @Test
    void cappedKeepsTheFirstLinesAndNamesTheSettingThatShowsAll() {
        List<String> diff = List.of("1", "2", "3", "4");
        DriftOptions two = new DriftOptions(List.of(), 2, "--diff-lines 0");
        assertThat(UnifiedDiffs.capped(diff, two))
                .containsExactly("1", "2", "... (2 more lines; --diff-lines 0 shows all)");
        assertThat(UnifiedDiffs.capped(diff, new DriftOptions(List.of(), 0, "x")))
                .isEqualTo(diff);
        assertThat(UnifiedDiffs.capped(diff, new DriftOptions(List.of(), 4, "x")))
                .isEqualTo(diff);
    }

    @Test
    void visibleWhitespaceOnlyOnChangedLines() {
        assertThat(UnifiedDiffs.withVisibleWhitespace(List.of("--- a/A.java", " a b", "-a b", "+a\tb")))
                .containsExactly("--- a/A.java", " a b", "-a\u00b7b", "+a\u2192b");
    }
}
