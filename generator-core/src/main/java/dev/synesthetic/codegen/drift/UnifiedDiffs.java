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
final class UnifiedDiffs {
  private static final int CONTEXT = 3;
  /** Appended to a last line that has no newline; becomes git's marker line in the output. */
  static final String NO_NEWLINE = "\u0000";
  private static final String NO_NEWLINE_MARKER = "\\ No newline at end of file";

  private UnifiedDiffs() {}

  static List<String> between(String path, List<String> committed, List<String> generated, int maxLines) {
    Patch<String> patch = DiffUtils.diff(committed, generated);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, committed, patch, CONTEXT);
    return capped(diff, maxLines);
  }

  static List<String> creating(String path, List<String> generated, int maxLines) {
    List<String> diff = new ArrayList<>();
    diff.add("--- /dev/null");
    diff.add("+++ b/" + path);
    diff.add("@@ -0,0 +1," + generated.size() + " @@");
    generated.forEach(line -> diff.add("+" + line));
    return capped(markedEndOfFile(diff), maxLines);
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
      boolean changed = (line.startsWith("+") || line.startsWith("-")) && !line.startsWith("+++") && !line.startsWith("---");
      out.add(changed ? line.charAt(0) + line.substring(1).replace(' ', '\u00b7').replace("\t", "\u2192") : line);
    }
    return out;
  }

  /** The first {@code maxLines} lines and a note of how many more; 0 keeps all. */
  static List<String> capped(List<String> diff, int maxLines) {
    if (maxLines == 0 || diff.size() <= maxLines) {
      return diff;
    }
    List<String> kept = new ArrayList<>(diff.subList(0, maxLines));
    kept.add("... (" + (diff.size() - maxLines) + " more lines; a diff-lines setting of 0 shows all)");
    return kept;
  }
}
