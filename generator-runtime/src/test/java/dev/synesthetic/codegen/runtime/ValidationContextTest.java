package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One validation run: reporting, fail-fast, probing, the depth limit and the dynamic scope. */
class ValidationContextTest {
    @SuppressWarnings("ShortCircuitBoolean") // both failures must be reported, as generated validators do
    private static final ValidationContext.Rule TWO_FAILURES =
            (v, c, e) -> c.fail("a", "s#/a", "first") & c.fail("b", "s#/b", "second");

    @Test
    void reportsEveryViolationOrOnlyTheFirst() {
        assertThat(ValidationContext.run(1, TWO_FAILURES, "s#", false))
                .extracting(Violation::keyword)
                .containsExactly("a", "b");
        assertThat(ValidationContext.run(1, TWO_FAILURES, "s#", true))
                .extracting(Violation::keyword)
                .containsExactly("a");
        assertThat(ValidationContext.valid(1, TWO_FAILURES)).isFalse();
        assertThat(ValidationContext.valid(1, (v, c, e) -> true)).isTrue();
    }

    @Test
    void aProbeReportsNothing() {
        ValidationContext.Rule probing = (v, c, e) -> !c.probe(v, TWO_FAILURES, null);
        assertThat(ValidationContext.run(1, probing, "s#", false)).isEmpty();
    }

    @Test
    void violationsCarryTheEscapedInstancePointer() {
        ValidationContext.Rule rule = (v, c, e) -> {
            c.push("a/b");
            c.push(3);
            boolean ok = c.fail("k", "s#/k", "no");
            c.pop();
            c.pop();
            return ok;
        };
        assertThat(ValidationContext.run(1, rule, "s#", false))
                .containsExactly(new Violation("/a~1b/3", "k", "s#/k", "no", "/k"));
    }

    @Test
    void nestingPastTheLimitIsOneMaxDepthViolation() {
        Object deep = 1;
        for (int i = 0; i <= ValidationContext.MAX_DEPTH; i++) {
            deep = List.of(deep);
        }
        ValidationContext.Rule[] items = new ValidationContext.Rule[1];
        items[0] = (v, c, e) -> JsonArrayKeywords.items(v, c, e, 0, items[0]);
        List<Violation> violations = ValidationContext.run(deep, items[0], "s#", false);
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).keyword()).isEqualTo("maxDepth");
        assertThat(violations.get(0).instanceLocation()).isEqualTo("/0".repeat(ValidationContext.MAX_DEPTH));
        assertThat(ValidationContext.valid(deep, items[0])).isFalse();
        assertThat(ValidationContext.valid(List.of(List.of(1)), items[0])).isTrue();
    }

    @Test
    @SuppressWarnings("ShortCircuitBoolean") // every failure is reported, as generated validators do
    void aKeywordLocationIsThePathThroughEveryRefTaken() {
        ValidationContext.Rule minimum = (v, c, e) -> c.fail("minimum", "t.json#/$defs/n/minimum", "too small");
        ValidationContext.Rule viaDefs =
                (v, c, e) -> JsonApplicators.ref(v, c, e, minimum, -1, "t.json#/$defs/m/$ref", "t.json#/$defs/n");
        ValidationContext.Rule root = (v, c, e) -> JsonApplicators.child(
                        1,
                        "a",
                        c,
                        (v2, c2, e2) -> JsonApplicators.ref(
                                v2, c2, e2, viaDefs, -1, "s.json#/properties/a/allOf/0/$ref", "t.json#/$defs/m"))
                & c.fail("required", "s.json#/required", "missing")
                & JsonApplicators.ref(v, c, e, minimum, -1, "s.json#/$ref", "t.json#/$defs/n");
        assertThat(ValidationContext.run(Map.of(), root, "s.json#", false))
                .extracting(Violation::instanceLocation, Violation::keywordLocation, Violation::schemaLocation)
                .containsExactly(
                        tuple("/a", "/properties/a/allOf/0/$ref/$ref/minimum", "t.json#/$defs/n/minimum"),
                        tuple("", "/required", "s.json#/required"),
                        tuple("", "/$ref/minimum", "t.json#/$defs/n/minimum"));
    }

    @Test
    void theDynamicScopeListsResourcesOutermostFirst() {
        List<Integer> seen = new ArrayList<>();
        ValidationContext.Rule inner = (v, c, e) -> {
            for (int i = 0; i < c.scopeSize(); i++) {
                seen.add(c.scopeAt(i));
            }
            return true;
        };
        ValidationContext.Rule outer = (v, c, e) -> {
            c.enterResource(7);
            boolean ok = JsonApplicators.ref(v, c, e, inner, 9, "s#/$ref", "t#");
            c.exitResource();
            return ok && c.scopeSize() == 0;
        };
        assertThat(ValidationContext.valid(1, outer)).isTrue();
        assertThat(seen).containsExactly(7, 9);
    }

    @Test
    void evaluatedCollectorsMerge() {
        ValidationContext.Evaluated a = new ValidationContext.Evaluated();
        a.name("x");
        a.items(0, 2);
        ValidationContext.Evaluated b = new ValidationContext.Evaluated();
        b.item(5);
        b.merge(a);
        assertThat(b.hasName("x")).isTrue();
        assertThat(List.of(b.hasItem(0), b.hasItem(1), b.hasItem(2), b.hasItem(5)))
                .containsExactly(true, true, false, true);
        assertThat(ValidationContext.Evaluated.child(null)).isNull();
        assertThat(ValidationContext.Evaluated.child(b)).isNotNull();
    }

    @Test
    void violationsReadAsTheirPointerMessageAndKeyword() {
        assertThat(new Violation("", "required", "s.json#/required", "missing required property 'a'"))
                .hasToString("(root): missing required property 'a' [required at s.json#/required]");
        assertThat(ValidationContext.run(Map.of(), (v, c, e) -> JsonValueKeywords.falseSchema(c, "s#"), "s#", false))
                .extracting(Violation::toString)
                .containsExactly("(root): no value is allowed here [false at s#]");
    }
}
