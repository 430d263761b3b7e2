package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to anyOf / oneOf / allOf: as many branches on both sides are compared position by
 * position; otherwise branches equal on both sides are set aside and the rest are added or removed.
 */
final class UnionDiffs {
    private final SchemaDiff walk;
    private final Findings findings;
    private final MinimalValues minimal;

    UnionDiffs(SchemaDiff walk, Findings findings, MinimalValues minimal) {
        this.walk = walk;
        this.findings = findings;
        this.minimal = minimal;
    }

    void compare(Site site, SchemaNode o, SchemaNode n) {
        for (Keyword keyword : List.of(Keywords.ANY_OF, Keywords.ONE_OF, Keywords.ALL_OF)) {
            compare(site, o, n, keyword);
        }
    }

    private void compare(Site site, SchemaNode o, SchemaNode n, Keyword keyword) {
        JsonNode old = keyword.pathIn(o.json());
        JsonNode neu = keyword.pathIn(n.json());
        if (old.equals(neu)) {
            return;
        }
        if (!old.isArray() || !neu.isArray()) {
            findings.add(
                    site,
                    o,
                    n,
                    ChangeKind.KEYWORD_CHANGED,
                    keyword.name() + (old.isArray() ? " removed" : " added"),
                    Verdict.UNDECIDED,
                    Verdict.UNDECIDED,
                    List.of(minimal.oldSide().of(o)),
                    List.of(minimal.newSide().of(n)));
            return;
        }
        if (old.size() == neu.size()) {
            Site branch = keyword == Keywords.ALL_OF
                    ? site
                    : site.inBranch(keyword == Keywords.ONE_OF && old.size() > 1 ? Site.Branch.ONE : Site.Branch.ANY);
            for (int i = 0; i < old.size(); i++) {
                String index = Integer.toString(i);
                walk.compare(
                        branch,
                        walk.oldSide().child(o, keyword.name(), index),
                        walk.newSide().child(n, keyword.name(), index));
            }
            return;
        }
        boolean all = keyword == Keywords.ALL_OF;
        boolean one = keyword == Keywords.ONE_OF;
        // oneOf counts copies: a second equal branch makes its documents match twice
        List<Integer> removed = unmatched(old, neu, one);
        List<Integer> added = unmatched(neu, old, one);
        for (int i = 0; i < old.size(); i++) {
            if (removed.contains(i)) {
                SchemaNode branch = walk.oldSide().child(o, keyword.name(), Integer.toString(i));
                findings.add(
                        site,
                        branch,
                        n,
                        ChangeKind.BRANCH_REMOVED,
                        keyword.name() + " branch " + i + " removed",
                        all ? Verdict.SAFE : Verdict.BREAKS,
                        all ? Verdict.BREAKS : one ? Verdict.UNDECIDED : Verdict.SAFE,
                        List.of(minimal.oldSide().of(branch)),
                        List.of(minimal.newSide().of(n)));
            }
        }
        for (int i = 0; i < neu.size(); i++) {
            if (added.contains(i)) {
                SchemaNode branch = walk.newSide().child(n, keyword.name(), Integer.toString(i));
                // A new oneOf branch that overlaps another makes some old documents match two.
                Verdict backward =
                        all ? Verdict.BREAKS : one && !disjoint(n, keyword, i) ? Verdict.UNDECIDED : Verdict.SAFE;
                findings.add(
                        site,
                        o,
                        branch,
                        ChangeKind.BRANCH_ADDED,
                        keyword.name() + " branch " + i + " added",
                        backward,
                        all ? Verdict.SAFE : Verdict.BREAKS,
                        List.of(minimal.oldSide().of(o)),
                        List.of(minimal.newSide().of(branch)));
            }
        }
    }

    /**
     * The positions of {@code from} with no equal branch in {@code to}; with {@code copies}, each branch
     * of {@code to} answers for one branch of {@code from} only.
     */
    private static List<Integer> unmatched(JsonNode from, JsonNode to, boolean copies) {
        List<JsonNode> left = new ArrayList<>();
        to.forEach(left::add);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            int at = left.indexOf(from.get(i));
            if (at < 0) {
                out.add(i);
            } else if (copies) {
                left.remove(at);
            }
        }
        return out;
    }

    /** Whether branch {@code index} of the new side shares no JSON type with any other branch. */
    private boolean disjoint(SchemaNode n, Keyword keyword, int index) {
        Optional<Set<String>> mine = types(n, keyword, index);
        if (mine.isEmpty()) {
            return false;
        }
        for (int i = 0; i < keyword.pathIn(n.json()).size(); i++) {
            if (i == index) {
                continue;
            }
            Optional<Set<String>> other = types(n, keyword, i);
            if (other.isEmpty() || overlap(mine.get(), other.get())) {
                return false;
            }
        }
        return true;
    }

    private Optional<Set<String>> types(SchemaNode n, Keyword keyword, int index) {
        SchemaNode branch = walk.newSide().decisive(walk.newSide().child(n, keyword.name(), Integer.toString(index)));
        return branch.json().isObject() ? ValueDiffs.types(branch.json()) : Optional.empty();
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        List<String> shared = new ArrayList<>();
        a.stream().filter(t -> ValueDiffs.covers(b, t)).forEach(shared::add);
        b.stream().filter(t -> ValueDiffs.covers(a, t)).forEach(shared::add);
        return !shared.isEmpty();
    }
}
