package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The numeric bounds of one schema in the later drafts' form, whatever its draft. In draft-04
 * {@code exclusiveMinimum}/{@code exclusiveMaximum} are booleans that make {@code minimum}/{@code
 * maximum} exclusive: such a bound is read as exclusive and located at the boolean keyword.
 */
public record Bounds(
        Optional<Limit> minimum,
        Optional<Limit> exclusiveMinimum,
        Optional<Limit> maximum,
        Optional<Limit> exclusiveMaximum) {

    /** A bound's value and the keyword a violation of it is reported at. */
    public record Limit(BigDecimal value, SourceLocation at) {}

    public static Bounds of(JsonNode json, SourceLocation loc, Draft draft, Diagnostics diagnostics) {
        Optional<Limit> minimum = number(json, loc, Keywords.MINIMUM, diagnostics);
        Optional<Limit> maximum = number(json, loc, Keywords.MAXIMUM, diagnostics);
        if (draft != Draft.DRAFT_04) {
            return new Bounds(
                    minimum,
                    number(json, loc, Keywords.EXCLUSIVE_MINIMUM, diagnostics),
                    maximum,
                    number(json, loc, Keywords.EXCLUSIVE_MAXIMUM, diagnostics));
        }
        boolean minExclusive = exclusive(json, loc, Keywords.EXCLUSIVE_MINIMUM, diagnostics);
        boolean maxExclusive = exclusive(json, loc, Keywords.EXCLUSIVE_MAXIMUM, diagnostics);
        return new Bounds(
                minExclusive ? Optional.empty() : minimum,
                minExclusive
                        ? minimum.map(l -> new Limit(l.value(), Keywords.EXCLUSIVE_MINIMUM.at(loc)))
                        : Optional.empty(),
                maxExclusive ? Optional.empty() : maximum,
                maxExclusive
                        ? maximum.map(l -> new Limit(l.value(), Keywords.EXCLUSIVE_MAXIMUM.at(loc)))
                        : Optional.empty());
    }

    /** The bound {@code keyword} sets, in this form. */
    public Optional<Limit> of(Keyword keyword) {
        if (keyword == Keywords.MINIMUM) {
            return minimum;
        }
        if (keyword == Keywords.EXCLUSIVE_MINIMUM) {
            return exclusiveMinimum;
        }
        return keyword == Keywords.MAXIMUM ? maximum : exclusiveMaximum;
    }

    private static Optional<Limit> number(JsonNode json, SourceLocation loc, Keyword keyword, Diagnostics diagnostics) {
        JsonNode value = keyword.valueIn(json);
        SourceLocation at = keyword.at(loc);
        return value == null
                ? Optional.empty()
                : KeywordValues.number(value, at, diagnostics).map(v -> new Limit(v, at));
    }

    private static boolean exclusive(JsonNode json, SourceLocation loc, Keyword keyword, Diagnostics diagnostics) {
        JsonNode value = keyword.valueIn(json);
        return value != null
                && KeywordValues.flag(value, keyword.at(loc), diagnostics).orElse(false);
    }
}
