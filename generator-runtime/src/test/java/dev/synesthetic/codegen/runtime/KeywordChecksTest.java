package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The keyword checks the generated validators call (every family), each run as the root rule of a validation. */
class KeywordChecksTest {
    private static final String AT = "s.json#/k";

    private static List<Violation> check(Object json, ValidationContext.Rule rule) {
        return ValidationContext.run(json, rule, "s.json#", false);
    }

    @Test
    void typeTellsIntegersByValueNotByJavaClass() {
        int integer = JsonTypes.INTEGER;
        assertThat(check(new BigDecimal("2.0"), (v, c, e) -> JsonValueKeywords.type(v, c, integer, AT)))
                .isEmpty();
        assertThat(check(new BigDecimal("2.5"), (v, c, e) -> JsonValueKeywords.type(v, c, integer, AT)))
                .containsExactly(new Violation("", "type", AT, "must be integer", "/k"));
        assertThat(check(null, (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.NULL | JsonTypes.STRING, AT)))
                .isEmpty();
        assertThat(check(true, (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.NULL | JsonTypes.STRING, AT)))
                .extracting(Violation::message)
                .containsExactly("must be null or string");
    }

    @Test
    void constAndEnumCompareNumbersByValue() {
        assertThat(check(1, (v, c, e) -> JsonValueKeywords.constant(v, c, new BigDecimal("1.0"), AT)))
                .isEmpty();
        assertThat(check(
                        List.of(1),
                        (v, c, e) -> JsonValueKeywords.enumeration(v, c, List.of(List.of(new BigDecimal("1.00"))), AT)))
                .isEmpty();
        assertThat(check("b", (v, c, e) -> JsonValueKeywords.enumeration(v, c, List.of("a"), AT)))
                .extracting(Violation::keyword)
                .containsExactly("enum");
    }

    @Test
    void boundsAreExactAndNamedByTheirKeyword() {
        BigDecimal limit = new BigDecimal("1e400");
        assertThat(check(new BigDecimal("1e400"), (v, c, e) -> JsonScalarKeywords.bound(v, c, limit, "maximum", AT)))
                .isEmpty();
        assertThat(check(
                        new BigDecimal("1e400"),
                        (v, c, e) -> JsonScalarKeywords.bound(v, c, limit, "exclusiveMaximum", AT)))
                .containsExactly(new Violation("", "exclusiveMaximum", AT, "must be < 1E+400", "/k"));
        assertThat(check(0, (v, c, e) -> JsonScalarKeywords.bound(v, c, BigDecimal.ONE, "minimum", AT)))
                .extracting(Violation::message)
                .containsExactly("must be >= 1");
        assertThat(check("not a number", (v, c, e) -> JsonScalarKeywords.bound(v, c, BigDecimal.ONE, "minimum", AT)))
                .isEmpty();
    }

    @Test
    void multipleOfIsDecimalExactAndBoundedForHugeExponents() {
        assertThat(JsonNumbers.isMultiple(new BigDecimal("0.3"), new BigDecimal("0.1")))
                .isTrue();
        assertThat(JsonNumbers.isMultiple(new BigDecimal("0.35"), new BigDecimal("0.1")))
                .isFalse();
        assertThat(JsonNumbers.isMultiple(new BigDecimal("1e400000000"), new BigDecimal("7")))
                .isFalse();
        assertThat(JsonNumbers.isMultiple(new BigDecimal("1e400000000"), new BigDecimal("2.5")))
                .isTrue();
        assertThat(JsonNumbers.isMultiple(new BigDecimal("1"), new BigDecimal("1e-400000000")))
                .isTrue();
        assertThat(check(
                        new BigInteger("7"), (v, c, e) -> JsonScalarKeywords.multipleOf(v, c, new BigDecimal("2"), AT)))
                .extracting(Violation::message)
                .containsExactly("must be a multiple of 2");
    }

    @Test
    void lengthsCountCodePoints() {
        String twoEmoji = "\ud83d\ude00\ud83d\ude00";
        assertThat(check(twoEmoji, (v, c, e) -> JsonScalarKeywords.maxLength(v, c, 2, AT)))
                .isEmpty();
        assertThat(check(twoEmoji, (v, c, e) -> JsonScalarKeywords.minLength(v, c, 3, AT)))
                .containsExactly(new Violation("", "minLength", AT, "must have at least 3 characters", "/k"));
        assertThat(check("ab", (v, c, e) -> JsonScalarKeywords.maxLength(v, c, 1, AT)))
                .extracting(Violation::message)
                .containsExactly("must have at most 1 character");
    }

    @Test
    void patternFindsAnywhereUnlessAnchored() {
        assertThat(check("xaby", (v, c, e) -> JsonScalarKeywords.pattern(v, c, Pattern.compile("ab"), AT)))
                .isEmpty();
        assertThat(check("xaby", (v, c, e) -> JsonScalarKeywords.pattern(v, c, Pattern.compile("^ab"), AT)))
                .extracting(Violation::keyword)
                .containsExactly("pattern");
    }

    @Test
    void requiredReportsEveryMissingNameAndFailFastOnlyTheFirst() {
        ValidationContext.Rule rule = (v, c, e) -> JsonObjectKeywords.required(v, c, List.of("a", "b", "c"), AT);
        assertThat(check(Map.of("b", 1), rule))
                .extracting(Violation::message)
                .containsExactly("missing required property 'a'", "missing required property 'c'");
        assertThat(ValidationContext.run(Map.of(), rule, "s.json#", true)).hasSize(1);
        assertThat(ValidationContext.valid(Map.of("a", 1, "b", 2, "c", 3), rule))
                .isTrue();
        assertThat(check("not an object", rule)).isEmpty();
    }

    @Test
    void dependentRequiredAppliesOnlyWithItsTrigger() {
        ValidationContext.Rule rule =
                (v, c, e) -> JsonObjectKeywords.dependentRequired(v, c, "card", List.of("billing"), AT);
        assertThat(check(Map.of("name", 1), rule)).isEmpty();
        assertThat(check(Map.of("card", 1), rule))
                .extracting(Violation::message)
                .containsExactly("property 'billing' is required when 'card' is present");
    }

    @Test
    void propertyChecksThePropertyAtItsPointerAndRecordsItAsEvaluated() {
        ValidationContext.Rule isString = (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.STRING, "s.json#/p/type");
        ValidationContext.Evaluated evaluated = new ValidationContext.Evaluated();
        ValidationContext.Rule rule = (v, c, e) -> JsonObjectKeywords.property(v, c, evaluated, "a/b~", isString);
        assertThat(check(Map.of("a/b~", 1), rule))
                .containsExactly(new Violation("/a~1b~0", "type", "s.json#/p/type", "must be string", "/p/type"));
        assertThat(evaluated.hasName("a/b~")).isTrue();
        assertThat(check(Map.of("other", 1), rule)).isEmpty();
    }

    @Test
    void additionalPropertiesSkipsDeclaredAndPatternMatchedNames() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("declared", 1);
        object.put("x-matched", 2);
        object.put("extra", 3);
        ValidationContext.Rule refuse = (v, c, e) -> JsonValueKeywords.unknownProperty(c, "additionalProperties", AT);
        ValidationContext.Rule rule = (v, c, e) -> JsonObjectKeywords.additionalProperties(
                v, c, e, Set.of("declared"), List.of(Pattern.compile("^x-")), refuse);
        assertThat(check(object, rule))
                .containsExactly(new Violation(
                        "/extra", "false", AT, "unknown property 'extra' (additionalProperties is false)", "/k"));
    }

    @Test
    void unevaluatedPropertiesSeesWhatInPlaceSubschemasEvaluated() {
        ValidationContext.Rule anything = (v, c, e) -> true;
        ValidationContext.Rule refuse = (v, c, e) -> JsonValueKeywords.unknownProperty(c, "unevaluatedProperties", AT);
        ValidationContext.Rule rule = (v, c, parent) -> {
            ValidationContext.Evaluated e = new ValidationContext.Evaluated();
            boolean ok =
                    JsonApplicators.inPlace(v, c, e, (w, d, f) -> JsonObjectKeywords.property(w, d, f, "a", anything));
            return JsonObjectKeywords.unevaluatedProperties(v, c, e, refuse) && ok;
        };
        assertThat(check(Map.of("a", 1), rule)).isEmpty();
        assertThat(check(Map.of("a", 1, "b", 2), rule))
                .extracting(Violation::instanceLocation)
                .containsExactly("/b");
    }

    @Test
    void itemCountsAndUniqueItems() {
        assertThat(check(List.of(1), (v, c, e) -> JsonArrayKeywords.minItems(v, c, 2, AT)))
                .extracting(Violation::message)
                .containsExactly("must have at least 2 items");
        assertThat(check(List.of(1, new BigDecimal("1.0")), (v, c, e) -> JsonArrayKeywords.uniqueItems(v, c, AT)))
                .extracting(Violation::message)
                .containsExactly("items 0 and 1 are equal");
        assertThat(check(List.of(Map.of("a", 1), Map.of("a", 2)), (v, c, e) -> JsonArrayKeywords.uniqueItems(v, c, AT)))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("ShortCircuitBoolean") // both keywords run, as in generated validators
    void prefixItemsThenItemsFromWhereTheyStop() {
        ValidationContext.Rule isString = (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.STRING, "s#/t");
        ValidationContext.Rule isNumber = (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.NUMBER, "s#/n");
        ValidationContext.Rule rule = (v, c, e) -> JsonArrayKeywords.prefixItems(v, c, e, List.of(isString))
                & JsonArrayKeywords.items(v, c, e, 1, isNumber);
        assertThat(check(List.of("a", 1, 2), rule)).isEmpty();
        assertThat(check(List.of(1, "b"), rule))
                .extracting(Violation::instanceLocation)
                .containsExactly("/0", "/1");
    }

    @Test
    void containsCountsMatchesAgainstItsBounds() {
        ValidationContext.Rule isString = (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.STRING, "s#/t");
        assertThat(check(
                        List.of(1, 2),
                        (v, c, e) -> JsonArrayKeywords.contains(v, c, e, isString, 1, -1, "s.json#/contains", "")))
                .containsExactly(
                        new Violation("", "contains", "s.json#/contains", "must contain a matching item", "/contains"));
        assertThat(check(
                        List.of("a", "b"),
                        (v, c, e) ->
                                JsonArrayKeywords.contains(v, c, e, isString, 1, 1, "s#/contains", "s#/maxContains")))
                .extracting(Violation::message)
                .containsExactly("must contain at most 1 matching item, found 2");
    }

    @Test
    void anyOfExplainsTheOneBranchThatFitsTheValue() {
        ValidationContext.Rule isNull = (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.NULL, "s#/anyOf/1/type");
        ValidationContext.Rule needsA = (v, c, e) -> JsonValueKeywords.type(v, c, JsonTypes.OBJECT, "s#/anyOf/0/type")
                && JsonObjectKeywords.required(v, c, List.of("a"), "s#/anyOf/0/required");
        ValidationContext.Rule rule = (v, c, e) -> JsonApplicators.anyOf(v, c, e, List.of(needsA, isNull), AT);
        assertThat(check(null, rule)).isEmpty();
        assertThat(check(Map.of(), rule)).extracting(Violation::keyword).containsExactly("anyOf", "required");
    }

    @Test
    void oneOfRefusesNoneAndMoreThanOne() {
        ValidationContext.Rule pass = (v, c, e) -> true;
        ValidationContext.Rule fail = (v, c, e) -> c.fail("false", "s#/f", "no");
        assertThat(check(1, (v, c, e) -> JsonApplicators.oneOf(v, c, e, List.of(pass, fail), AT)))
                .isEmpty();
        assertThat(check(1, (v, c, e) -> JsonApplicators.oneOf(v, c, e, List.of(pass, pass), AT)))
                .extracting(Violation::message)
                .containsExactly("must match exactly one schema in oneOf, matches more than one");
        assertThat(check(1, (v, c, e) -> JsonApplicators.not(v, c, pass, AT)))
                .extracting(Violation::keyword)
                .containsExactly("not");
    }

    @Test
    void conditionalAppliesThenOrElse() {
        ValidationContext.Rule isString = (v, c, e) -> JsonTypes.STRING == (JsonData.typeMask(v) & JsonTypes.STRING);
        ValidationContext.Rule shortString = (v, c, e) -> JsonScalarKeywords.maxLength(v, c, 1, "s#/then");
        ValidationContext.Rule rule = (v, c, e) -> JsonApplicators.conditional(v, c, e, isString, shortString, null);
        assertThat(check("ab", rule)).extracting(Violation::schemaLocation).containsExactly("s#/then");
        assertThat(check(12, rule)).isEmpty();
    }
}
