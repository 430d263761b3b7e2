package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A union that no variant fits says which variant came closest, and why it did not fit. */
class UnionMismatchTest {
    private static final String EXPECTED = "U: expected Point or Label but got ";

    @Test
    void noVariantTriedSaysOnlyThatNoneFits() {
        assertThat(JsonMismatch.noVariant(EXPECTED, 1, null)).hasMessage(EXPECTED + "number");
    }

    @Test
    void theFailureWithTheDeepestPointerIsTheClosest() {
        JsonMismatch closest = JsonMismatch.closer(null, "Point", mismatch("expected number but got string", "y"));
        closest = JsonMismatch.closer(closest, "Label", mismatch("expected integer but got string", "sizes", "1"));
        closest = JsonMismatch.closer(closest, "Other", mismatch("expected string but got number", "a"));

        assertThat(JsonMismatch.noVariant(EXPECTED, Map.of(), closest))
                .hasMessage(EXPECTED + "object; closest: Label at /sizes/1: expected integer but got string");
    }

    @Test
    void ofEquallyDeepFailuresTheFirstVariantTriedIsTheClosest() {
        JsonMismatch closest = JsonMismatch.closer(null, "Point", mismatch("expected number but got string", "y"));
        closest = JsonMismatch.closer(closest, "Label", mismatch("expected string but got number", "text"));

        assertThat(JsonMismatch.noVariant(EXPECTED, Map.of(), closest))
                .hasMessage(EXPECTED + "object; closest: Point at /y: expected number but got string");
    }

    @Test
    void aFailureWithoutPointerOrOfAnotherKindKeepsItsMessage() {
        JsonMismatch closest =
                JsonMismatch.closer(null, "integer", new JsonMismatch("expected integer but got number", null));
        assertThat(JsonMismatch.noVariant(EXPECTED, 1.5, closest))
                .hasMessage(EXPECTED + "number; closest: integer: expected integer but got number");

        closest = JsonMismatch.closer(null, "Mode", new IllegalArgumentException("unknown Mode value: fastest"));
        assertThat(JsonMismatch.noVariant(EXPECTED, "fastest", closest))
                .hasMessage(EXPECTED + "string; closest: Mode: unknown Mode value: fastest");
    }

    @Test
    void theUnionFailureTakesThePointerOfWhereTheUnionIs() {
        JsonMismatch closest = JsonMismatch.closer(null, "Point", mismatch("expected number but got string", "y"));
        assertThat(JsonMismatch.noVariant(EXPECTED, Map.of(), closest).at("shape"))
                .hasMessage("/shape: " + EXPECTED + "object; closest: Point at /y: expected number but got string");
    }

    private static JsonMismatch mismatch(String problem, String... tokens) {
        JsonMismatch mismatch = new JsonMismatch(problem, null);
        for (int i = tokens.length - 1; i >= 0; i--) {
            mismatch.at(tokens[i]);
        }
        return mismatch;
    }
}
