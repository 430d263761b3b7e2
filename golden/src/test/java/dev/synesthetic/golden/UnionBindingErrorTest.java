package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.fixtures.unions.UnionCases;
import dev.synesthetic.fixtures.unions.UnionCasesTwoRecords;
import org.junit.jupiter.api.Test;

/**
 * A value no variant of a union without discriminator fits: the error names the closest variant
 * (the one whose failure is deepest into the value) and why it did not fit.
 */
class UnionBindingErrorTest {
    private static final String NONE_FITS = "UnionCasesTwoRecords: expected Point or Label but got object";

    @Test
    void theOnlyVariantTriedIsTheClosest() throws Exception {
        assertThatThrownBy(() -> UnionCasesTwoRecords.fromJson(parse("{\"x\": 1, \"y\": \"two\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(NONE_FITS + "; closest: Point at /y: expected number but got string");
    }

    @Test
    void theDeepestFailureIsTheClosest() throws Exception {
        // Point fails at /y, Label one level deeper, at /sizes/1
        String json = "{\"x\": 1, \"y\": \"two\", \"text\": \"t\", \"sizes\": [1, \"a\"]}";

        assertThatThrownBy(() -> UnionCasesTwoRecords.fromJson(parse(json)))
                .hasMessage(NONE_FITS + "; closest: Label at /sizes/1: expected integer but got string");
    }

    @Test
    void aVariantMissingARequiredMemberIsNotTried() throws Exception {
        assertThatThrownBy(() -> UnionCasesTwoRecords.fromJson(parse("{\"x\": 1}")))
                .hasMessage(NONE_FITS);
    }

    @Test
    void insideARecordThePointerOfTheUnionComesFirst() throws Exception {
        String json =
                "{\"requiredUnion\": 1, \"requiredNullableUnion\": null, \"twoRecords\": {\"x\": 1, \"y\": true}}";

        assertThatThrownBy(() -> UnionCases.fromJsonValue(parse(json)))
                .hasMessage("/twoRecords: " + NONE_FITS + "; closest: Point at /y: expected number but got boolean");
    }

    private static Object parse(String json) throws Exception {
        return Json.MAPPER.readValue(json, Object.class);
    }
}
