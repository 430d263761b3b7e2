package dev.synesthetic.codegen.compat;

import static dev.synesthetic.codegen.compat.Findings.breaksIf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A number's lower bound ({@code minimum} with {@code exclusiveMinimum}) or upper bound ({@code maximum}
 * with {@code exclusiveMaximum}), judged as one: the tightest of the two keywords decides, so moving a
 * bound from one keyword to the other is one change ({@code minimum: 0} → {@code exclusiveMinimum: 0}
 * only tightens), and a keyword the other outranks changes nothing.
 */
final class NumericBounds {
    private NumericBounds() {}

    /** One side's effective bound: its value, whether the value itself is excluded. */
    private record Bound(BigDecimal value, boolean exclusive) {}

    static void compare(Findings findings, Site site, SchemaNode o, SchemaNode n, boolean lower) {
        Keyword inclusive = lower ? Keywords.MINIMUM : Keywords.MAXIMUM;
        Keyword exclusive = lower ? Keywords.EXCLUSIVE_MINIMUM : Keywords.EXCLUSIVE_MAXIMUM;
        List<String> changed = new ArrayList<>();
        for (Keyword keyword : List.of(inclusive, exclusive)) {
            JsonNode old = keyword.pathIn(o.json());
            JsonNode neu = keyword.pathIn(n.json());
            if (!sameValue(old, neu)) {
                changed.add(keyword.name() + " " + BoundDiffs.text(old) + " -> " + BoundDiffs.text(neu));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String message = String.join(", ", changed);
        Optional<Optional<Bound>> old = read(o.json(), inclusive, exclusive, lower);
        Optional<Optional<Bound>> neu = read(n.json(), inclusive, exclusive, lower);
        if (old.isEmpty() || neu.isEmpty()) {
            // a bound that is not a number: no exact rule here
            findings.add(site, o, n, ChangeKind.BOUND_CHANGED, message, Verdict.UNDECIDED, Verdict.UNDECIDED);
            return;
        }
        boolean integers = integers(o) && integers(n);
        Optional<Bound> before = old.get().map(b -> integers ? onIntegers(b, lower) : b);
        Optional<Bound> after = neu.get().map(b -> integers ? onIntegers(b, lower) : b);
        boolean tightened = tighter(after, before, lower);
        boolean loosened = tighter(before, after, lower);
        if (!tightened && !loosened) {
            return; // the same values pass both: the keyword that changed was outranked
        }
        findings.add(
                site,
                o,
                n,
                tightened ? ChangeKind.BOUND_TIGHTENED : ChangeKind.BOUND_LOOSENED,
                message,
                breaksIf(tightened),
                breaksIf(loosened));
    }

    private static boolean sameValue(JsonNode old, JsonNode neu) {
        return old.equals(neu)
                || (old.isNumber() && neu.isNumber() && old.decimalValue().compareTo(neu.decimalValue()) == 0);
    }

    /**
     * The side's bound (empty when it has none); empty outside when a keyword is not a number. Draft-04's
     * boolean {@code exclusiveMinimum} makes its {@code minimum} exclusive.
     */
    private static Optional<Optional<Bound>> read(JsonNode json, Keyword inclusive, Keyword exclusive, boolean lower) {
        JsonNode at = inclusive.pathIn(json);
        JsonNode beyond = exclusive.pathIn(json);
        if (!(at.isMissingNode() || at.isNumber())
                || !(beyond.isMissingNode() || beyond.isNumber() || beyond.isBoolean())) {
            return Optional.empty();
        }
        if (beyond.isBoolean()) {
            return Optional.of(
                    at.isNumber() ? Optional.of(new Bound(at.decimalValue(), beyond.asBoolean())) : Optional.empty());
        }
        Optional<Bound> a = at.isNumber() ? Optional.of(new Bound(at.decimalValue(), false)) : Optional.empty();
        Optional<Bound> b = beyond.isNumber() ? Optional.of(new Bound(beyond.decimalValue(), true)) : Optional.empty();
        return Optional.of(tighter(b, a, lower) ? b : a);
    }

    /** Whether bound {@code a} lets fewer values through than {@code b} (no bound lets all through). */
    private static boolean tighter(Optional<Bound> a, Optional<Bound> b, boolean lower) {
        if (a.isEmpty()) {
            return false;
        }
        if (b.isEmpty()) {
            return true;
        }
        int order = a.get().value().compareTo(b.get().value());
        if (order != 0) {
            return lower ? order > 0 : order < 0;
        }
        return a.get().exclusive() && !b.get().exclusive();
    }

    /** Where only integers pass, an exclusive bound is the next integer inside it, inclusive. */
    private static Bound onIntegers(Bound bound, boolean lower) {
        BigDecimal v = bound.value();
        BigDecimal whole = lower
                ? (bound.exclusive()
                        ? v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                        : v.setScale(0, RoundingMode.CEILING))
                : (bound.exclusive()
                        ? v.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
                        : v.setScale(0, RoundingMode.FLOOR));
        return new Bound(whole, false);
    }

    private static boolean integers(SchemaNode node) {
        return ValueDiffs.types(node.json()).equals(Optional.of(Set.of("integer")));
    }
}
