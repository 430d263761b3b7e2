package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one walk, in the order found. */
final class Findings {
    private static final List<Keyword> COMBINING = List.of(
            Keywords.ANY_OF,
            Keywords.ONE_OF,
            Keywords.ALL_OF,
            Keywords.NOT,
            Keywords.IF,
            Keywords.REF,
            Keywords.DYNAMIC_REF,
            Keywords.RECURSIVE_REF);

    private final List<Finding> found = new ArrayList<>();

    void add(
            Site site, SchemaNode o, SchemaNode n, ChangeKind kind, String message, Verdict backward, Verdict forward) {
        add(site, o, n, kind, message, backward, forward, List.of(), List.of());
    }

    void add(
            Site site,
            SchemaNode o,
            SchemaNode n,
            ChangeKind kind,
            String message,
            Verdict backward,
            Verdict forward,
            List<JsonNode> backwardValues,
            List<JsonNode> forwardValues) {
        boolean certain = !combines(o) && !combines(n) && site.branch() == Site.Branch.NONE;
        Verdict back = certain(backward, certain);
        Verdict forth = certain(forward, certain);
        if (site.branch() == Site.Branch.ONE) {
            back = exclusive(back, forth);
            forth = exclusive(forth, back);
        }
        found.add(new Finding(site, o, n, kind, message, back, forth, backwardValues, forwardValues));
    }

    /**
     * Inside a oneOf branch a change that breaks one direction may break the other: a branch that
     * accepts more makes documents match two branches. Safe becomes undecided then.
     */
    private static Verdict exclusive(Verdict verdict, Verdict other) {
        return verdict == Verdict.SAFE && other != Verdict.SAFE ? Verdict.UNDECIDED : verdict;
    }

    /**
     * Where other keywords at the same schema (anyOf, allOf, not, if, a $ref beside assertions) also
     * constrain the value, or the place is one branch of an anyOf/oneOf, a verdict read from one keyword
     * is not certain: breaking becomes undecided until a counterexample proves it.
     */
    private static Verdict certain(Verdict verdict, boolean certain) {
        return verdict == Verdict.BREAKS && !certain ? Verdict.UNDECIDED : verdict;
    }

    private static boolean combines(SchemaNode node) {
        for (Keyword keyword : COMBINING) {
            if (node.json().isObject() && keyword.isIn(node.json())) {
                return true;
            }
        }
        return false;
    }

    List<Finding> all() {
        return found;
    }

    /** The verdict of a direction a change restricts: breaks when {@code restricts}, else safe. */
    static Verdict breaksIf(boolean restricts) {
        return restricts ? Verdict.BREAKS : Verdict.SAFE;
    }
}
