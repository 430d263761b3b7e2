package dev.synesthetic.codegen.compat;

import static dev.synesthetic.codegen.compat.Findings.breaksIf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Changes to what values a schema allows at one place: {@code type}, {@code enum}/{@code const}. */
final class ValueDiffs {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> TYPES =
            List.of("null", "boolean", "object", "array", "number", "integer", "string");

    private ValueDiffs() {}

    static void compare(Findings findings, Site site, SchemaNode o, SchemaNode n) {
        types(findings, site, o, n);
        values(findings, site, o, n);
    }

    private static void types(Findings findings, Site site, SchemaNode o, SchemaNode n) {
        Optional<Set<String>> old = types(o.json());
        Optional<Set<String>> neu = types(n.json());
        if (old.equals(neu)) {
            return;
        }
        List<String> lost = uncovered(old, neu);
        List<String> gained = uncovered(neu, old);
        if (lost.isEmpty() && gained.isEmpty()) {
            return;
        }
        ChangeKind kind = lost.isEmpty()
                ? ChangeKind.TYPE_WIDENED
                : gained.isEmpty() ? ChangeKind.TYPE_NARROWED : ChangeKind.TYPE_CHANGED;
        findings.add(
                site,
                o,
                n,
                kind,
                "type " + old.map(Object::toString).orElse("any") + " -> "
                        + neu.map(Object::toString).orElse("any"),
                breaksIf(!lost.isEmpty()),
                breaksIf(!gained.isEmpty()),
                samples(lost),
                samples(gained));
    }

    /** The types a schema names; empty (any type) when it names none, or restricts by enum/const alone. */
    static Optional<Set<String>> types(JsonNode json) {
        JsonNode type = Keywords.TYPE.pathIn(json);
        if (type.isMissingNode() || Keywords.ENUM.isIn(json) || Keywords.CONST.isIn(json)) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        if (type.isTextual()) {
            names.add(type.asText());
        }
        type.forEach(t -> names.add(t.asText()));
        return Optional.of(names);
    }

    /** The types {@code from} allows that {@code to} does not (an integer is a number). */
    private static List<String> uncovered(Optional<Set<String>> from, Optional<Set<String>> to) {
        List<String> out = new ArrayList<>();
        for (String type : from.orElse(new LinkedHashSet<>(TYPES))) {
            if (to.isPresent() && !covers(to.get(), type)) {
                out.add(type);
            }
        }
        return out;
    }

    static boolean covers(Set<String> types, String type) {
        return types.contains(type) || (type.equals("integer") && types.contains("number"));
    }

    /** One value of each type, the number one not an integer (so "number" → "integer" shows). */
    static List<JsonNode> samples(List<String> types) {
        List<JsonNode> out = new ArrayList<>();
        for (String type : types) {
            out.add(
                    switch (type) {
                        case "boolean" -> JSON.booleanNode(false);
                        case "object" -> JSON.objectNode();
                        case "array" -> JSON.arrayNode();
                        case "number" -> JSON.numberNode(0.5);
                        case "integer" -> JSON.numberNode(0);
                        case "string" -> JSON.textNode("");
                        default -> JSON.nullNode();
                    });
        }
        return out;
    }

    private static void values(Findings findings, Site site, SchemaNode o, SchemaNode n) {
        Optional<List<JsonNode>> old = allowed(o.json());
        Optional<List<JsonNode>> neu = allowed(n.json());
        if (old.isEmpty() && neu.isEmpty()) {
            return;
        }
        List<JsonNode> removed = missingFrom(old, neu);
        List<JsonNode> added = missingFrom(neu, old);
        boolean lost = !removed.isEmpty() || (old.isEmpty() && neu.isPresent());
        boolean gained = !added.isEmpty() || (neu.isEmpty() && old.isPresent());
        if (!lost && !gained) {
            return;
        }
        ChangeKind kind =
                !gained ? ChangeKind.ENUM_VALUE_REMOVED : !lost ? ChangeKind.ENUM_VALUE_ADDED : ChangeKind.ENUM_CHANGED;
        findings.add(
                site,
                o,
                n,
                kind,
                "values " + old.map(Object::toString).orElse("any") + " -> "
                        + neu.map(Object::toString).orElse("any"),
                breaksIf(lost),
                breaksIf(gained),
                removed,
                added);
    }

    /** The values enum/const allow; empty when neither restricts. */
    private static Optional<List<JsonNode>> allowed(JsonNode json) {
        if (Keywords.CONST.isIn(json)) {
            return Optional.of(List.of(Keywords.CONST.pathIn(json)));
        }
        JsonNode values = Keywords.ENUM.pathIn(json);
        if (!values.isArray()) {
            return Optional.empty();
        }
        List<JsonNode> out = new ArrayList<>();
        values.forEach(out::add);
        return Optional.of(out);
    }

    private static List<JsonNode> missingFrom(Optional<List<JsonNode>> from, Optional<List<JsonNode>> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        // JSON Schema's equality: 1 and 1.0 are one value
        return from.get().stream()
                .filter(v -> to.get().stream().noneMatch(w -> JsonEquivalence.sameInstance(v, w)))
                .toList();
    }
}
