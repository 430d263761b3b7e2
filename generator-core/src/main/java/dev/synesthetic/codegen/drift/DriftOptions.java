package dev.synesthetic.codegen.drift;

import java.util.List;
import java.util.regex.Pattern;

/**
 * @param ignoreLines lines matching any of these are left out of the comparison on both sides, for
 *     committed files that carry volatile lines (like {@code git diff -I})
 * @param maxDiffLines how many diff lines to show per file; 0 shows every line (a patch that
 *     {@code git apply} can use)
 * @param showAllSetting how the front end spells "0 diff lines", for the note under a capped diff
 *     ({@code --diff-lines 0})
 */
public record DriftOptions(List<Pattern> ignoreLines, int maxDiffLines, String showAllSetting) {
    public static final int DEFAULT_MAX_DIFF_LINES = 50;

    public DriftOptions {
        ignoreLines = List.copyOf(ignoreLines);
        if (maxDiffLines < 0) {
            throw new IllegalArgumentException("maxDiffLines must be 0 (no cap) or positive");
        }
    }

    public static DriftOptions defaults() {
        return new DriftOptions(List.of(), DEFAULT_MAX_DIFF_LINES, "--diff-lines 0");
    }
}
