package dev.synesthetic.codegen.compat;

import static dev.synesthetic.codegen.compat.Findings.breaksIf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Changes to an object's members: required, properties (against the other side's additionalProperties), additionalProperties. */
final class ObjectDiffs {
    private final SchemaDiff walk;
    private final Findings findings;
    private final MinimalValues minimal;

    ObjectDiffs(SchemaDiff walk, Findings findings, MinimalValues minimal) {
        this.walk = walk;
        this.findings = findings;
        this.minimal = minimal;
    }

    void compare(Site site, SchemaNode o, SchemaNode n) {
        required(site, o, n);
        properties(site, o, n);
        additional(site, o, n);
    }

    private void required(Site site, SchemaNode o, SchemaNode n) {
        Set<String> old = names(Keywords.REQUIRED.pathIn(o.json()));
        Set<String> neu = names(Keywords.REQUIRED.pathIn(n.json()));
        for (String name : neu) {
            if (!old.contains(name)) {
                findings.add(
                        site,
                        o,
                        n,
                        ChangeKind.REQUIRED_ADDED,
                        "\"" + name + "\" is now required",
                        Verdict.BREAKS,
                        Verdict.SAFE,
                        List.of(without(Category.BACKWARD, o, name)),
                        List.of());
            }
        }
        for (String name : old) {
            if (!neu.contains(name)) {
                findings.add(
                        site,
                        o,
                        n,
                        ChangeKind.REQUIRED_REMOVED,
                        "\"" + name + "\" is no longer required",
                        Verdict.SAFE,
                        Verdict.BREAKS,
                        List.of(),
                        List.of(without(Category.FORWARD, n, name)));
            }
        }
    }

    private JsonNode without(Category direction, SchemaNode node, String name) {
        JsonNode value = minimal.side(direction).of(node);
        if (value.isObject()) {
            ((ObjectNode) value).remove(name);
        }
        return value;
    }

    private void properties(Site site, SchemaNode o, SchemaNode n) {
        Set<String> names = names(Keywords.PROPERTIES.pathIn(o.json()).fieldNames());
        names.addAll(names(Keywords.PROPERTIES.pathIn(n.json()).fieldNames()));
        // patternProperties may hold the member on either side: no safe claim then.
        boolean patterns = Keywords.PATTERN_PROPERTIES.isIn(o.json()) || Keywords.PATTERN_PROPERTIES.isIn(n.json());
        for (String name : names) {
            boolean inOld = Keywords.PROPERTIES.pathIn(o.json()).has(name);
            boolean inNew = Keywords.PROPERTIES.pathIn(n.json()).has(name);
            Site member = site.member(name, minimal, o, n);
            SchemaNode oldMember = minimal.oldSide().memberSchema(o, name);
            SchemaNode newMember = minimal.newSide().memberSchema(n, name);
            if (inOld && inNew || isSchema(inOld ? n : o)) {
                walk.compare(member, oldMember, newMember);
            } else if (inNew) {
                boolean closed = closed(o);
                findings.add(
                        member,
                        oldMember,
                        newMember,
                        ChangeKind.PROPERTY_ADDED,
                        "property \"" + name + "\" added" + (closed ? " where no other member was allowed" : ""),
                        unlessPatterns(breaksIf(!closed && !acceptsAll(newMember)), patterns),
                        unlessPatterns(breaksIf(closed), patterns),
                        List.of(),
                        List.of(minimal.newSide().of(newMember)));
            } else {
                boolean closed = closed(n);
                findings.add(
                        member,
                        oldMember,
                        newMember,
                        ChangeKind.PROPERTY_REMOVED,
                        "property \"" + name + "\" removed" + (closed ? "; no other member is allowed" : ""),
                        unlessPatterns(breaksIf(closed), patterns),
                        unlessPatterns(breaksIf(!closed && !acceptsAll(oldMember)), patterns),
                        List.of(minimal.oldSide().of(oldMember)),
                        List.of());
            }
        }
    }

    private static Verdict unlessPatterns(Verdict verdict, boolean patterns) {
        return patterns && verdict == Verdict.SAFE ? Verdict.UNDECIDED : verdict;
    }

    private void additional(Site site, SchemaNode o, SchemaNode n) {
        JsonNode old = Keywords.ADDITIONAL_PROPERTIES.pathIn(o.json());
        JsonNode neu = Keywords.ADDITIONAL_PROPERTIES.pathIn(n.json());
        if (old.equals(neu)) {
            return;
        }
        String extra = unusedName(o, n);
        Site member = site.member(extra, minimal, o, n);
        SchemaNode oldMember = minimal.oldSide().memberSchema(o, extra);
        SchemaNode newMember = minimal.newSide().memberSchema(n, extra);
        if (isSchema(o) && isSchema(n)) {
            walk.compare(member, oldMember, newMember);
            return;
        }
        boolean oldClosed = closed(o);
        boolean newClosed = closed(n);
        findings.add(
                site,
                oldMember,
                newMember,
                ChangeKind.ADDITIONAL_PROPERTIES_CHANGED,
                Keywords.ADDITIONAL_PROPERTIES.name() + " " + BoundDiffs.text(old) + " -> " + BoundDiffs.text(neu),
                oldClosed ? Verdict.SAFE : breaksIf(newClosed || !acceptsAll(newMember)),
                newClosed ? Verdict.SAFE : breaksIf(oldClosed || !acceptsAll(oldMember)),
                extraMember(Category.BACKWARD, o, extra, oldMember),
                extraMember(Category.FORWARD, n, extra, newMember));
    }

    /** The smallest object with one more member, valued by each probe the member's schema may accept. */
    private List<JsonNode> extraMember(Category direction, SchemaNode node, String name, SchemaNode member) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>(List.of(minimal.side(direction).of(member)));
        values.addAll(ValueDiffs.samples(List.of("string", "integer", "number", "boolean", "null", "object", "array")));
        for (JsonNode value : values) {
            out.add(minimal.side(direction).objectWith(node, name, value));
        }
        return out;
    }

    /** A member name neither side lists, for documents with an additional member. */
    private static String unusedName(SchemaNode o, SchemaNode n) {
        String name = "extra";
        for (int i = 1;
                Keywords.PROPERTIES.pathIn(o.json()).has(name)
                        || Keywords.PROPERTIES.pathIn(n.json()).has(name);
                i++) {
            name = "extra" + i;
        }
        return name;
    }

    /** additionalProperties is a schema object (not absent, not a boolean). */
    private static boolean isSchema(SchemaNode node) {
        return Keywords.ADDITIONAL_PROPERTIES.pathIn(node.json()).isObject();
    }

    private static boolean closed(SchemaNode node) {
        JsonNode additional = Keywords.ADDITIONAL_PROPERTIES.pathIn(node.json());
        return additional.isBoolean() && !additional.asBoolean();
    }

    /** Whether a member schema accepts any value: {@code true}, or nothing that asserts. */
    static boolean acceptsAll(SchemaNode node) {
        JsonNode json = node.json();
        if (json.isBoolean()) {
            return json.asBoolean();
        }
        for (String name : names(json.fieldNames())) {
            if (Keywords.list().stream().anyMatch(k -> k.is(name) && CorpusSide.asserts(k))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Set<String> names(java.util.Iterator<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
