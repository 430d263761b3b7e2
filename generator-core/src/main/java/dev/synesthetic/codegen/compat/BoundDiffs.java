package dev.synesthetic.codegen.compat;

import static dev.synesthetic.codegen.compat.Findings.breaksIf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.math.BigDecimal;
import java.util.List;

/** Changes to the assertions on one value: bounds, multipleOf, pattern, format, uniqueItems. */
final class BoundDiffs {
    /** Lower bounds on counts: raising one restricts. */
    private static final List<Keyword> LOWER =
            List.of(Keywords.MIN_LENGTH, Keywords.MIN_ITEMS, Keywords.MIN_PROPERTIES);
    /** Upper bounds on counts: lowering one restricts. */
    private static final List<Keyword> UPPER =
            List.of(Keywords.MAX_LENGTH, Keywords.MAX_ITEMS, Keywords.MAX_PROPERTIES);

    private BoundDiffs() {}

    static void compare(Findings findings, Site site, SchemaNode o, SchemaNode n) {
        NumericBounds.compare(findings, site, o, n, true);
        NumericBounds.compare(findings, site, o, n, false);
        LOWER.forEach(k -> bound(findings, site, o, n, k, true));
        UPPER.forEach(k -> bound(findings, site, o, n, k, false));
        multipleOf(findings, site, o, n);
        undecidable(findings, site, o, n, Keywords.PATTERN, ChangeKind.PATTERN_CHANGED);
        undecidable(findings, site, o, n, Keywords.FORMAT, ChangeKind.FORMAT_CHANGED);
        uniqueItems(findings, site, o, n);
    }

    private static void bound(
            Findings findings, Site site, SchemaNode o, SchemaNode n, Keyword keyword, boolean lower) {
        JsonNode old = keyword.pathIn(o.json());
        JsonNode neu = keyword.pathIn(n.json());
        if (old.equals(neu)
                || (old.isNumber() && neu.isNumber() && old.decimalValue().compareTo(neu.decimalValue()) == 0)) {
            return;
        }
        String message = keyword.name() + " " + text(old) + " -> " + text(neu);
        if (!isBound(old) || !isBound(neu)) {
            // draft-04's boolean exclusiveMinimum/Maximum: read with its sibling; no exact rule here
            findings.add(site, o, n, ChangeKind.BOUND_CHANGED, message, Verdict.UNDECIDED, Verdict.UNDECIDED);
            return;
        }
        int raised = old.isMissingNode()
                ? (lower ? 1 : -1)
                : neu.isMissingNode() ? (lower ? -1 : 1) : neu.decimalValue().compareTo(old.decimalValue());
        boolean tightened = lower ? raised > 0 : raised < 0;
        findings.add(
                site,
                o,
                n,
                tightened ? ChangeKind.BOUND_TIGHTENED : ChangeKind.BOUND_LOOSENED,
                message,
                breaksIf(tightened),
                breaksIf(!tightened));
    }

    private static boolean isBound(JsonNode value) {
        return value.isMissingNode() || value.isNumber();
    }

    private static void multipleOf(Findings findings, Site site, SchemaNode o, SchemaNode n) {
        JsonNode old = Keywords.MULTIPLE_OF.pathIn(o.json());
        JsonNode neu = Keywords.MULTIPLE_OF.pathIn(n.json());
        if (old.equals(neu) || !isBound(old) || !isBound(neu)) {
            return;
        }
        // Every multiple of the new step is one of the old step when the new step is a multiple of the old.
        boolean tightened = old.isMissingNode() || (!neu.isMissingNode() && divides(old, neu));
        boolean loosened = neu.isMissingNode() || (!old.isMissingNode() && divides(neu, old));
        if (tightened && loosened) {
            return; // equal as numbers
        }
        ChangeKind kind = tightened
                ? ChangeKind.BOUND_TIGHTENED
                : loosened ? ChangeKind.BOUND_LOOSENED : ChangeKind.BOUND_CHANGED;
        findings.add(
                site,
                o,
                n,
                kind,
                Keywords.MULTIPLE_OF.name() + " " + text(old) + " -> " + text(neu),
                breaksIf(!loosened),
                breaksIf(!tightened));
    }

    /** Whether {@code multiple} is an integer multiple of {@code step}. */
    private static boolean divides(JsonNode step, JsonNode multiple) {
        BigDecimal s = step.decimalValue();
        return s.signum() != 0 && multiple.decimalValue().remainder(s).signum() == 0;
    }

    /**
     * A keyword whose effect two values cannot be compared on (two regexes, two formats): adding it
     * may restrict, removing it may widen, changing it may do both; the validators decide, if a
     * candidate shows it.
     */
    private static void undecidable(
            Findings findings, Site site, SchemaNode o, SchemaNode n, Keyword keyword, ChangeKind kind) {
        JsonNode old = keyword.pathIn(o.json());
        JsonNode neu = keyword.pathIn(n.json());
        if (old.equals(neu)) {
            return;
        }
        findings.add(
                site,
                o,
                n,
                kind,
                keyword.name() + " " + text(old) + " -> " + text(neu),
                neu.isMissingNode() ? Verdict.SAFE : Verdict.UNDECIDED,
                old.isMissingNode() ? Verdict.SAFE : Verdict.UNDECIDED,
                List.of(),
                List.of());
    }

    private static void uniqueItems(Findings findings, Site site, SchemaNode o, SchemaNode n) {
        boolean old = Keywords.UNIQUE_ITEMS.pathIn(o.json()).asBoolean(false);
        boolean neu = Keywords.UNIQUE_ITEMS.pathIn(n.json()).asBoolean(false);
        if (old != neu) {
            findings.add(
                    site,
                    o,
                    n,
                    ChangeKind.UNIQUE_ITEMS_CHANGED,
                    Keywords.UNIQUE_ITEMS.name() + " " + old + " -> " + neu,
                    breaksIf(neu),
                    breaksIf(old));
        }
    }

    static String text(JsonNode value) {
        return value.isMissingNode() ? "(none)" : value.toString();
    }
}
