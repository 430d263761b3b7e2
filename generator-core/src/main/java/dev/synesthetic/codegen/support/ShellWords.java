package dev.synesthetic.codegen.support;

import java.util.List;

/** A command line as a POSIX shell reads it back: words with special characters single-quoted. */
public final class ShellWords {
    private ShellWords() {}

    /** The words joined by spaces, each quoted only when a shell would split or expand it. */
    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(ShellWords::quote).toList());
    }

    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
