package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Which keywords a corpus uses and where each ends up: in the Java type, in the generated validator,
 * an annotation, refused by records, ignored (beside {@code $ref} up to draft-07) or unknown to the
 * file's draft. Counts every schema object of every file, definitions included, by the keyword
 * table's value kinds (data such as {@code enum} or {@code default} is not read as schemas).
 */
public final class KeywordCoverage {
    /** Why records refuse a keyword of role {@link RecordRole#UNSUPPORTED}. */
    public static final String REFUSED_REASON =
            "records cannot express it yet; the generated validator asserts it (--validators-only)";

    /** Where a keyword ends up; its JSON name is the lower-case constant. */
    public enum Where {
        /** Shapes the Java type. */
        TYPE,
        /** Asserted by the generated validator only. */
        VALIDATOR,
        /** Documentation or metadata. */
        ANNOTATION,
        /** Records refuse it ({@link #REFUSED_REASON}); validators alone assert it. */
        REFUSED,
        /** Beside {@code $ref} in a draft where the reference hides its siblings. */
        IGNORED,
        /** Not a keyword of the file's draft. */
        UNKNOWN;

        /** Where a keyword of {@code role} ends up, wherever it stands. */
        public static Where of(RecordRole role) {
            return switch (role) {
                case SHAPE -> TYPE;
                case ASSERTION, VALIDATOR -> VALIDATOR;
                case ANNOTATION -> ANNOTATION;
                case UNSUPPORTED -> REFUSED;
            };
        }

        /** The name in the JSON report and the docs. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One keyword used {@code count} times, ending up {@code where}. */
    public record Use(String keyword, Where where, int count) {}

    /** Keyword → where → count, both sorted, so the report reads the same whatever the file order. */
    private final Map<String, Map<Where, Integer>> counts = new TreeMap<>();
    /** Type keywords binding enforces only in part, by name (see {@link #partlyEnforced()}). */
    private final Map<String, Integer> partly = new TreeMap<>();

    /** Counts the keywords of the schema file {@code root}, read as {@code draft}. */
    public void add(JsonNode root, Draft draft) {
        walk(root, Objects.requireNonNull(draft));
    }

    /** Every keyword used, by name (then by where). */
    public List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        counts.forEach((keyword, byWhere) -> byWhere.forEach((where, n) -> uses.add(new Use(keyword, where, n))));
        return uses;
    }

    /** The keywords only a validator enforces, with their counts: most used first, then by name. */
    public Map<String, Integer> unenforced() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        uses().stream()
                .filter(use -> use.where() == Where.VALIDATOR)
                .sorted(Comparator.comparingInt(Use::count).reversed().thenComparing(Use::keyword))
                .forEach(use -> byName.put(use.keyword(), use.count()));
        return byName;
    }

    /** {@link #unenforced()} as {@code pattern ×3, minimum ×2, not ×1}. */
    public String unenforcedSummary() {
        return summary(unenforced());
    }

    /**
     * Type keywords whose assertion binding performs only in part, with their counts (most used
     * first): {@code oneOf} binds the first variant that fits, not "exactly one"; an {@code allOf}
     * branch that only asserts, the {@code if} condition, the key patterns of
     * {@code patternProperties}, and a {@code const}/{@code enum} that becomes a plain
     * {@code Boolean} or {@code Object} are the validator's alone.
     */
    public Map<String, Integer> partlyEnforced() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        partly.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return byName;
    }

    private static final List<Keyword> PARTLY_BOUND =
            List.of(Keywords.ONE_OF, Keywords.ALL_OF, Keywords.IF, Keywords.PATTERN_PROPERTIES);

    /** A string enum or const binds exactly (a Java enum); other values become Boolean or Object. */
    private static boolean partlyBound(Keyword keyword, JsonNode value) {
        if (Keywords.ENUM == keyword) {
            for (JsonNode member : value) {
                if (!member.isTextual()) {
                    return true;
                }
            }
            return false;
        }
        if (Keywords.CONST == keyword) {
            return !value.isTextual();
        }
        return PARTLY_BOUND.contains(keyword);
    }

    private static String summary(Map<String, Integer> counts) {
        StringJoiner text = new StringJoiner(", ");
        counts.forEach((keyword, n) -> text.add(keyword + " ×" + n));
        return text.toString();
    }

    /**
     * When validators are off: one warning listing the assertions nothing then enforces, none when
     * there is none.
     */
    public void warnUnenforced(Diagnostics diagnostics) {
        int total = unenforced().values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> partly = partlyEnforced();
        if (total == 0 && partly.isEmpty()) {
            return;
        }
        String message = total == 0
                ? "validators are off"
                : "validators are off, so " + total + (total == 1 ? " assertion is" : " assertions are")
                        + " enforced by nothing: " + unenforcedSummary();
        if (!partly.isEmpty()) {
            message += (total == 0 ? ", so" : ";") + " binding enforces only part of " + summary(partly);
        }
        diagnostics.warning(
                DiagnosticCode.UNENFORCED_ASSERTIONS,
                null,
                message,
                "Generate validators, the default: drop --no-validators, or validators=false in the plugin"
                        + " configuration or the settings file.");
    }

    private void walk(JsonNode schema, Draft draft) {
        if (!schema.isObject()) {
            return; // a boolean schema has no keywords
        }
        boolean refOnly = Keywords.refHidesSiblings(schema, draft);
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Keyword keyword = Keywords.lookup(field.getKey(), draft).orElse(null);
            if (keyword == null) {
                count(field.getKey(), Where.UNKNOWN);
            } else if (refOnly && keyword != Keywords.REF && !Keywords.isDefinitionContainer(keyword.name())) {
                count(keyword.name(), Where.IGNORED);
            } else {
                count(keyword.name(), Where.of(keyword.role()));
                if (keyword.role() == RecordRole.SHAPE && partlyBound(keyword, field.getValue())) {
                    partly.merge(keyword.name(), 1, Integer::sum);
                }
                if (keyword.role() != RecordRole.ANNOTATION) {
                    subschemas(keyword.kind(), field.getValue(), draft);
                }
            }
        }
    }

    private void subschemas(ValueKind kind, JsonNode value, Draft draft) {
        switch (kind) {
            case SCHEMA -> walk(value, draft);
            // dependencies: a name list (not a schema) is skipped by walk
            case SCHEMA_MAP, SCHEMA_ARRAY -> value.forEach(schema -> walk(schema, draft));
            case SCHEMA_OR_ARRAY -> {
                if (value.isArray()) {
                    value.forEach(schema -> walk(schema, draft));
                } else {
                    walk(value, draft);
                }
            }
            default -> {
                // data, names, numbers: no schema inside
            }
        }
    }

    private void count(String keyword, Where where) {
        counts.computeIfAbsent(keyword, k -> new java.util.EnumMap<>(Where.class))
                .merge(where, 1, Integer::sum);
    }
}
