package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.List;

/**
 * Whether {@code unevaluatedProperties: false} may close a merged record: only when the merged
 * properties are all that can be evaluated. A keyword that evaluates other members (in the schema or
 * an inline {@code allOf} branch, at any depth) leaves the record open; the validator then enforces
 * {@code unevaluatedProperties} on what those keywords did not evaluate.
 */
final class ClosingKeywords {
    /** Keywords whose subschemas may evaluate members the merged record does not list. */
    private static final List<Keyword> EVALUATORS = List.of(
            Keywords.DEPENDENT_SCHEMAS,
            Keywords.DEPENDENCIES,
            Keywords.IF,
            Keywords.THEN,
            Keywords.ELSE,
            Keywords.PATTERN_PROPERTIES,
            Keywords.ANY_OF,
            Keywords.ONE_OF);

    private ClosingKeywords() {}

    /** Whether {@code json} or one of its inline {@code allOf} branches evaluates unlisted members. */
    static boolean othersEvaluate(JsonNode json) {
        if (!json.isObject()) {
            return false;
        }
        JsonNode additional = Keywords.ADDITIONAL_PROPERTIES.valueIn(json);
        if (additional != null && !(additional.isBoolean() && !additional.booleanValue())) {
            return true;
        }
        for (Keyword keyword : EVALUATORS) {
            if (keyword.isIn(json)) {
                return true;
            }
        }
        for (JsonNode branch : Keywords.ALL_OF.pathIn(json)) {
            if (othersEvaluate(branch)) {
                return true;
            }
        }
        return false;
    }
}
