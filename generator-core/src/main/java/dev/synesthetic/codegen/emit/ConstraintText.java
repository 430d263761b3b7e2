package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.model.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A use's constraints in words for Javadoc ("At least 1 item; must match pattern ^a$."), unescaped. */
final class ConstraintText {
    private ConstraintText() {}

    /** One sentence, or empty when there are no constraints. */
    static String sentence(Constraints c) {
        List<String> out = new ArrayList<>();
        c.minLength().ifPresent(v -> out.add("at least " + count(v, "character")));
        c.maxLength().ifPresent(v -> out.add("at most " + count(v, "character")));
        c.pattern().ifPresent(v -> out.add("must match pattern " + v));
        c.format().ifPresent(v -> out.add("format " + v));
        c.minimum().ifPresent(v -> out.add("at least " + v.toPlainString()));
        c.exclusiveMinimum().ifPresent(v -> out.add("greater than " + v.toPlainString()));
        c.maximum().ifPresent(v -> out.add("at most " + v.toPlainString()));
        c.exclusiveMaximum().ifPresent(v -> out.add("less than " + v.toPlainString()));
        c.multipleOf().ifPresent(v -> out.add("a multiple of " + v.toPlainString()));
        c.minItems().ifPresent(v -> out.add("at least " + count(v, "item")));
        c.maxItems().ifPresent(v -> out.add("at most " + count(v, "item")));
        if (c.uniqueItems()) {
            out.add("unique items");
        }
        c.minProperties().ifPresent(v -> out.add("at least " + count(v, "member")));
        c.maxProperties().ifPresent(v -> out.add("at most " + count(v, "member")));
        if (out.isEmpty()) {
            return "";
        }
        String text = String.join("; ", out);
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ".";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
