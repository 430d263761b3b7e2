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
        if (allowed(o.json()).isPresent() && allowed(n.json()).isPresent()) {
            return; // both list their values: comparing the values says it all
        }
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

    /**
     * The types a schema allows: those it names, narrowed to the types of its enum/const values when it
     * lists values (a {@code type} beside an {@code enum} still filters it); empty (any type) when neither restricts.
     */
    static Optional<Set<String>> types(JsonNode json) {
        Optional<Set<String>> declared = declared(json);
        Optional<List<JsonNode>> values = allowed(json);
        if (values.isEmpty()) {
            return declared;
        }
        Set<String> out = new LinkedHashSet<>();
        values.get().forEach(v -> out.add(typeOf(v)));
        return Optional.of(out);
    }

    private static Optional<Set<String>> declared(JsonNode json) {
        JsonNode type = Keywords.TYPE.pathIn(json);
        if (type.isMissingNode()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        if (type.isTextual()) {
            names.add(type.asText());
        }
        type.forEach(t -> names.add(t.asText()));
        return Optional.of(names);
    }

    /** A value's JSON Schema type; a number with no fraction is an integer (1.0 too). */
    private static String typeOf(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().scale() <= 0 ? "integer" : "number";
        }
        return switch (value.getNodeType()) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "null";
        };
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

    /**
     * The values enum/const allow, less those of a type the schema's {@code type} excludes (and, with both,
     * those not in the enum); empty when neither restricts.
     */
    private static Optional<List<JsonNode>> allowed(JsonNode json) {
        JsonNode values = Keywords.ENUM.pathIn(json);
        if (!Keywords.CONST.isIn(json) && !values.isArray()) {
            return Optional.empty();
        }
        List<JsonNode> listed = new ArrayList<>();
        if (Keywords.CONST.isIn(json)) {
            JsonNode only = Keywords.CONST.pathIn(json);
            if (!values.isArray() || contains(values, only)) {
                listed.add(only);
            }
        } else {
            values.forEach(listed::add);
        }
        Optional<Set<String>> declared = declared(json);
        return Optional.of(listed.stream()
                .filter(v -> declared.isEmpty() || covers(declared.get(), typeOf(v)))
                .toList());
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (JsonEquivalence.sameInstance(v, value)) {
                return true;
            }
        }
        return false;
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
