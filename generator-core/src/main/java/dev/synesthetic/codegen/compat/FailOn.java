package dev.synesthetic.codegen.compat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What fails a {@code compat} run, as users spell it: {@code backward}, {@code forward}, {@code java} or {@code none}. */
public final class FailOn {
    /** When nothing is named: what breaks old documents and what breaks code compiled against the old API. */
    public static final List<String> DEFAULT = List.of("backward", "java");

    private FailOn() {}

    /**
     * The categories {@code labels} name ({@link #DEFAULT} when empty; {@code none} alone is the empty set).
     *
     * @throws IllegalArgumentException an unknown label, or {@code none} beside another
     */
    public static Set<Category> parse(List<String> labels) {
        List<String> given = labels.isEmpty() ? DEFAULT : labels;
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (String label : given) {
            if (!label.equals("none")) {
                out.add(Category.named(label)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "unknown '" + label + "' (backward, forward, java or none)")));
            }
        }
        if (given.contains("none") && !out.isEmpty()) {
            throw new IllegalArgumentException("none cannot be combined with " + labels(out));
        }
        return out;
    }

    /** The categories as users write them, comma-separated; {@code none} when empty. */
    public static String labels(Set<Category> categories) {
        return categories.isEmpty()
                ? "none"
                : String.join(",", categories.stream().map(Category::label).toList());
    }
}
