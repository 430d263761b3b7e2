package dev.synesthetic.codegen.drift;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs with {@code a/} and {@code b/} prefixes (so the full form can be {@code git apply}-ed),
 * capped per file the way Spotless caps its messages.
 */
public final class UnifiedDiffs {
    private static final int CONTEXT = 3;
    /** Appended to a last line that has no newline; becomes git's marker line in the output. */
    static final String NO_NEWLINE = "\u0000";

    private static final String NO_NEWLINE_MARKER = "\\ No newline at end of file";

    private UnifiedDiffs() {}

    /** The whole unified diff from {@code before} to {@code after} (texts split at LF), git's end-of-file line included. */
    public static List<String> of(String path, String before, String after) {
        return markedEndOfFile(between(path, lines(before), lines(after)));
    }

    static List<String> between(String path, List<String> committed, List<String> generated) {
        Patch<String> patch = DiffUtils.diff(committed, generated);
        return UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, committed, patch, CONTEXT);
    }

    static List<String> creating(String path, List<String> generated) {
        List<String> diff = new ArrayList<>();
        diff.add("--- /dev/null");
        diff.add("+++ b/" + path);
        diff.add("@@ -0,0 +1," + generated.size() + " @@");
        generated.forEach(line -> diff.add("+" + line));
        return markedEndOfFile(diff);
    }

    /** The patch that deletes a file, every line shown: what removing an orphan does. */
    static List<String> deleting(String path, List<String> committed) {
        List<String> diff = new ArrayList<>();
        diff.add("--- a/" + path);
        diff.add("+++ /dev/null");
        diff.add("@@ -1," + committed.size() + " +0,0 @@");
        committed.forEach(line -> diff.add("-" + line));
        return markedEndOfFile(diff);
    }

    /**
     * The diff with {@code prefix} put before the file's path in its {@code --- a/} and {@code +++ b/}
     * header lines (those before the first hunk); {@code /dev/null} stays as it is.
     */
    static List<String> under(String prefix, List<String> diff) {
        if (prefix.isEmpty()) {
            return diff;
        }
        List<String> out = new ArrayList<>(diff.size());
        boolean header = true;
        for (String line : diff) {
            header &= !line.startsWith("@@");
            if (header && line.startsWith("--- a/")) {
                out.add("--- a/" + prefix + line.substring("--- a/".length()));
            } else if (header && line.startsWith("+++ b/")) {
                out.add("+++ b/" + prefix + line.substring("+++ b/".length()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Lines split at LF without the LF; the last line, if it has no newline, ends in {@link #NO_NEWLINE}. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(java.util.Arrays.asList(text.split("\n", -1)));
        String last = lines.remove(lines.size() - 1);
        if (!last.isEmpty()) {
            lines.add(last + NO_NEWLINE);
        }
        return lines;
    }

    /** Replaces the {@link #NO_NEWLINE} sentinel with git's "\ No newline at end of file" line. */
    static List<String> markedEndOfFile(List<String> diff) {
        List<String> out = new ArrayList<>(diff.size());
        for (String line : diff) {
            if (line.endsWith(NO_NEWLINE)) {
                out.add(line.substring(0, line.length() - NO_NEWLINE.length()));
                out.add(NO_NEWLINE_MARKER);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Shows spaces, tabs and carriage returns on changed lines: a whitespace-only change is visible. */
    static List<String> withVisibleWhitespace(List<String> diff) {
        List<String> out = new ArrayList<>(diff.size());
        for (String line : diff) {
            boolean changed = (line.startsWith("+") || line.startsWith("-"))
                    && !line.startsWith("+++")
                    && !line.startsWith("---");
            out.add(
                    changed
                            ? line.charAt(0)
                                    + line.substring(1).replace(' ', '\u00b7').replace("\t", "\u2192")
                            : line);
        }
        return out;
    }

    /** The first {@code maxDiffLines} lines and a note of how many more, naming the setting that shows all; 0 keeps all. */
    static List<String> capped(List<String> diff, DriftOptions options) {
        int maxLines = options.maxDiffLines();
        if (maxLines == 0 || diff.size() <= maxLines) {
            return diff;
        }
        List<String> kept = new ArrayList<>(diff.subList(0, maxLines));
        kept.add("... (" + (diff.size() - maxLines) + " more lines; " + options.showAllSetting() + " shows all)");
        return kept;
    }
}
