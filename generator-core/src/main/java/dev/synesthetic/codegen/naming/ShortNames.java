package dev.synesthetic.codegen.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps a class name at {@link TypeNamer#MAX_LENGTH} characters. A longer name keeps its first word
 * (usually the file's or owner's name) and as many of its last words (the most specific ones) as
 * fit, so {@code PipelineHooksNotificationChannelSettingsForEveryEnvironment} becomes
 * {@code PipelineChannelSettingsForEveryEnvironment}; the result depends on the name alone.
 */
final class ShortNames {
    private ShortNames() {}

    /** {@code name}, shortened so that it followed by {@code suffix} fits, then {@code suffix}. */
    static String fit(String name, String suffix) {
        return shorten(name, TypeNamer.MAX_LENGTH - suffix.length()) + suffix;
    }

    static String shorten(String name, int limit) {
        if (name.length() <= limit) {
            return name;
        }
        List<Integer> starts = wordStarts(name);
        String first = name.substring(0, starts.size() > 1 ? starts.get(1) : name.length());
        int tail = name.length();
        for (int i = starts.size() - 1; i >= 1; i--) {
            if (first.length() + name.length() - starts.get(i) > limit) {
                break;
            }
            tail = starts.get(i);
        }
        if (tail == name.length()) {
            // one word too long to split: cut it, never between the halves of a surrogate pair
            return name.substring(0, Character.isHighSurrogate(name.charAt(limit - 1)) ? limit - 1 : limit);
        }
        return first + name.substring(tail);
    }

    /**
     * Where each word of a Pascal-case name starts: at an upper-case letter after a lower-case letter
     * or digit, and at the last capital of an acronym followed by a lower-case letter (HTTPServer).
     */
    private static List<Integer> wordStarts(String name) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            char previous = name.charAt(i - 1);
            boolean next = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            if (Character.isUpperCase(c)
                    && (Character.isLowerCase(previous)
                            || Character.isDigit(previous)
                            || (Character.isUpperCase(previous) && next))) {
                starts.add(i);
            }
        }
        return starts;
    }
}
