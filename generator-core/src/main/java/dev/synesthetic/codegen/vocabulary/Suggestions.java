package dev.synesthetic.codegen.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Did-you-mean hints for an unknown keyword, from the keywords of the file's own draft. */
final class Suggestions {
    private Suggestions() {}

    /**
     * A keyword of {@code draft} within edit distance 2 of {@code unknown}: a draft-04 file is never
     * told to use {@code $id} or {@code const}, which draft-04 lacks. Ties go to the first in sorted order.
     */
    static Optional<String> closest(String unknown, Draft draft) {
        String best = null;
        int bestDistance = 3;
        TreeSet<String> known = new TreeSet<>();
        Keywords.of(draft).forEach(k -> known.add(k.name()));
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            // the distance is at least the difference in length: most keywords need no table at all
            String other = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(other.length() - lower.length()) >= bestDistance) {
                continue;
            }
            int d = distance(lower, other);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edit distance counting a swap of two neighbours as one edit ("exmaple" is 2 from "examples"). */
    private static int distance(String a, String b) {
        int[] older = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], older[j - 2] + 1);
                }
            }
            int[] swap = older;
            older = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
