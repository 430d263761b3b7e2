package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks an old and a new schema side by side, following {@code $ref}s on both, and hands each pair
 * of places to the keyword comparisons. A pair is walked once, so recursion ends.
 */
final class SchemaDiff {
    /** What the walk compares itself; any other asserting keyword that differs is reported as undecided. */
    private static final Set<Keyword> COMPARED = Set.of(
            Keywords.REF,
            Keywords.TYPE,
            Keywords.ENUM,
            Keywords.CONST,
            Keywords.MINIMUM,
            Keywords.EXCLUSIVE_MINIMUM,
            Keywords.MAXIMUM,
            Keywords.EXCLUSIVE_MAXIMUM,
            Keywords.MULTIPLE_OF,
            Keywords.MIN_LENGTH,
            Keywords.MAX_LENGTH,
            Keywords.PATTERN,
            Keywords.FORMAT,
            Keywords.MIN_ITEMS,
            Keywords.MAX_ITEMS,
            Keywords.UNIQUE_ITEMS,
            Keywords.REQUIRED,
            Keywords.MIN_PROPERTIES,
            Keywords.MAX_PROPERTIES,
            Keywords.PROPERTIES,
            Keywords.ADDITIONAL_PROPERTIES,
            Keywords.ITEMS,
            Keywords.PREFIX_ITEMS,
            Keywords.ANY_OF,
            Keywords.ONE_OF,
            Keywords.ALL_OF);

    private final CorpusSide oldSide;
    private final CorpusSide newSide;
    private final Findings findings;
    private final MinimalValues minimal;
    private final ObjectDiffs objects;
    private final UnionDiffs unions;
    /** Pairs of places walked, with the kind of branch they were reached in. */
    private final Set<List<Object>> walked = new HashSet<>();
    /** New schema file → the old one it is paired with. */
    private final Map<String, String> pairs;

    SchemaDiff(CorpusSide oldSide, CorpusSide newSide, Map<String, String> pairs, Findings findings) {
        this.oldSide = oldSide;
        this.newSide = newSide;
        this.pairs = pairs;
        this.findings = findings;
        this.minimal = new MinimalValues(new Minimal(oldSide), new Minimal(newSide));
        this.objects = new ObjectDiffs(this, findings, minimal);
        this.unions = new UnionDiffs(this, findings, minimal);
    }

    MinimalValues minimal() {
        return minimal;
    }

    CorpusSide oldSide() {
        return oldSide;
    }

    CorpusSide newSide() {
        return newSide;
    }

    void compare(Site site, SchemaNode oldRaw, SchemaNode newRaw) {
        SchemaNode o = oldSide.decisive(oldRaw);
        SchemaNode n = newSide.decisive(newRaw);
        if (!walked.add(List.of(o.location(), n.location(), site.branch()))) {
            return;
        }
        refs(site, oldRaw, newRaw, o, n);
        if (acceptsNothing(site, o, n)) {
            return;
        }
        o = asObject(o);
        n = asObject(n);
        ValueDiffs.compare(findings, site, o, n);
        BoundDiffs.compare(findings, site, o, n);
        objects.compare(site, o, n);
        items(site, o, n);
        unions.compare(site, o, n);
        others(site, o, n);
        if (Keywords.REF.isIn(o.json()) && Keywords.REF.isIn(n.json())) {
            // 2019-09+: a $ref beside assertions applies too; compare the targets
            SchemaNode oldRefNode = o;
            SchemaNode newRefNode = n;
            oldSide.target(oldRefNode)
                    .ifPresent(ot -> newSide.target(newRefNode).ifPresent(nt -> compare(site, ot, nt)));
        }
    }

    /**
     * A $ref whose target moved is noted; the targets' contents decide what breaks. A $ref written
     * differently that still leads to the paired place ({@code ./a.json} → its absolute {@code $id}) moved nothing.
     */
    private void refs(Site site, SchemaNode oldRaw, SchemaNode newRaw, SchemaNode o, SchemaNode n) {
        JsonNode oldRef = Keywords.REF.pathIn(oldRaw.json());
        JsonNode newRef = Keywords.REF.pathIn(newRaw.json());
        if (oldRef.isTextual()
                && newRef.isTextual()
                && !SchemaPairing.key(oldRef.asText()).equals(SchemaPairing.key(newRef.asText()))
                && !samePlace(o.location(), n.location())) {
            findings.add(
                    site,
                    oldRaw,
                    newRaw,
                    ChangeKind.REF_RETARGETED,
                    Keywords.REF.name() + " " + oldRef.asText() + " -> " + newRef.asText() + " (targets compared: "
                            + o.location() + " and " + n.location() + ")",
                    Verdict.SAFE,
                    Verdict.SAFE);
        }
    }

    private boolean samePlace(SourceLocation old, SourceLocation neu) {
        return old.pointer().equals(neu.pointer()) && old.file().equals(pairs.getOrDefault(neu.file(), neu.file()));
    }

    /** The {@code false} schema on either side: reported when only one side has it; nothing below to compare. */
    private boolean acceptsNothing(Site site, SchemaNode o, SchemaNode n) {
        boolean oldFalse = o.json().isBoolean() && !o.json().asBoolean();
        boolean newFalse = n.json().isBoolean() && !n.json().asBoolean();
        if (oldFalse != newFalse) {
            findings.add(
                    site,
                    o,
                    n,
                    newFalse ? ChangeKind.SCHEMA_CLOSED : ChangeKind.SCHEMA_OPENED,
                    newFalse ? "now accepts nothing" : "now accepts values where it accepted none",
                    Findings.breaksIf(newFalse),
                    Findings.breaksIf(oldFalse),
                    List.of(minimal.oldSide().of(o)),
                    List.of(minimal.newSide().of(n)));
        }
        return oldFalse || newFalse;
    }

    private static SchemaNode asObject(SchemaNode node) {
        return node.json().isObject()
                ? node
                : new SchemaNode(JsonNodeFactory.instance.objectNode(), node.location(), node.baseUri());
    }

    private void items(Site site, SchemaNode o, SchemaNode n) {
        int positions = Math.max(tuple(o), tuple(n));
        for (int i = 0; i < positions; i++) {
            compare(
                    site.item(i, minimal, o, n),
                    minimal.oldSide().itemSchema(o, i),
                    minimal.newSide().itemSchema(n, i));
        }
        boolean oldItems = Keywords.ITEMS.pathIn(o.json()).isObject()
                || Keywords.ITEMS.pathIn(o.json()).isBoolean();
        boolean newItems = Keywords.ITEMS.pathIn(n.json()).isObject()
                || Keywords.ITEMS.pathIn(n.json()).isBoolean();
        if (oldItems || newItems) {
            compare(
                    site.item(positions, minimal, o, n),
                    minimal.oldSide().itemSchema(o, positions),
                    minimal.newSide().itemSchema(n, positions));
        }
    }

    /** How many tuple positions a schema lists (prefixItems, or items as an array up to 2019-09). */
    private static int tuple(SchemaNode node) {
        JsonNode items = Keywords.ITEMS.pathIn(node.json());
        return Math.max(Keywords.PREFIX_ITEMS.pathIn(node.json()).size(), items.isArray() ? items.size() : 0);
    }

    /** Any other asserting keyword that differs: we do not reason about it, so both directions stay undecided. */
    private void others(Site site, SchemaNode o, SchemaNode n) {
        Set<String> names = new TreeSet<>();
        o.json().fieldNames().forEachRemaining(names::add);
        n.json().fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            boolean other = Keywords.list().stream()
                    .anyMatch(k -> k.is(name) && CorpusSide.asserts(k) && !COMPARED.contains(k));
            if (other && !o.json().path(name).equals(n.json().path(name))) {
                findings.add(
                        site,
                        o,
                        n,
                        ChangeKind.KEYWORD_CHANGED,
                        name + " " + BoundDiffs.text(o.json().path(name)) + " -> "
                                + BoundDiffs.text(n.json().path(name)),
                        Verdict.UNDECIDED,
                        Verdict.UNDECIDED);
            }
        }
    }
}
