package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON semantics over plain Java values: types (JsonData), equality (JsonEquality), constants (JsonConstants). */
class JsonDataTest {
    @Test
    void typeBitsAreTheOnesTheGeneratorUses() {
        assertThat(List.of(
                        JsonTypes.NULL,
                        JsonTypes.BOOLEAN,
                        JsonTypes.OBJECT,
                        JsonTypes.ARRAY,
                        JsonTypes.NUMBER,
                        JsonTypes.STRING,
                        JsonTypes.INTEGER))
                .containsExactly(1, 2, 4, 8, 16, 32, 64);
        assertThat(JsonData.typeNames(JsonTypes.OBJECT | JsonTypes.INTEGER)).isEqualTo("object or integer");
    }

    @Test
    void anIntegerValuedNumberIsBothNumberAndInteger() {
        assertThat(JsonData.typeMask(new BigDecimal("3.000"))).isEqualTo(JsonTypes.NUMBER | JsonTypes.INTEGER);
        assertThat(JsonData.typeMask(new BigDecimal("3.5"))).isEqualTo(JsonTypes.NUMBER);
        assertThat(JsonData.typeMask(Long.MAX_VALUE)).isEqualTo(JsonTypes.NUMBER | JsonTypes.INTEGER);
        assertThat(JsonData.typeMask(Double.NaN)).isZero();
        assertThat(JsonData.hasType(1.0e300, JsonTypes.INTEGER)).isTrue();
        assertThat(JsonData.hasType(new BigDecimal("0.5"), JsonTypes.INTEGER)).isFalse();
    }

    @Test
    void equalityComparesNumbersByValueAndObjectsRegardlessOfOrder() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", List.of(new BigDecimal("2.0")));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", List.of(BigInteger.TWO));
        ba.put("a", 1L);
        assertThat(JsonEquality.equal(ab, ba)).isTrue();
        assertThat(JsonEquality.hash(ab)).isEqualTo(JsonEquality.hash(ba));
        assertThat(JsonEquality.equal(List.of(1), List.of(1, 2))).isFalse();
        assertThat(JsonEquality.equal("1", 1)).isFalse();
        assertThat(JsonEquality.equal(null, null)).isTrue();
    }

    @Test
    void deeplyNestedValuesCompareWithoutOverflowingTheStack() {
        Object a = nested(200_000);
        Object b = nested(200_000);
        assertThat(JsonEquality.equal(a, b)).isTrue();
        assertThat(JsonEquality.hash(a)).isEqualTo(JsonEquality.hash(b));
    }

    @Test
    void parsesTheEmbeddedConstantsWithExactNumbers() {
        Object value = JsonConstants.parse(" {\"a\": [1, 2.50, -3e2, true, null], \"b\\u00e9\\n\": \"x\\\"y\"} ");
        assertThat(value)
                .isEqualTo(Map.of(
                        "a",
                        java.util.Arrays.asList(
                                BigInteger.ONE, new BigDecimal("2.50"), new BigDecimal("-3e2"), true, null),
                        "b\u00e9\n",
                        "x\"y"));
        assertThatThrownBy(() -> JsonConstants.parse("1 2")).hasMessageContaining("trailing text");
    }

    @Test
    void nameSetsHoldTheirNames() {
        assertThat(JsonConstants.nameSet("a", "b")).containsExactlyInAnyOrder("a", "b");
    }

    private static Object nested(int depth) {
        List<Object> root = new ArrayList<>();
        List<Object> current = root;
        for (int i = 0; i < depth; i++) {
            List<Object> next = new ArrayList<>();
            current.add(next);
            current = next;
        }
        return root;
    }
}
