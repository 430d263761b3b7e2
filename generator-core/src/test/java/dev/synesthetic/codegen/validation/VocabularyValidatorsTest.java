package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keyword its owner reads along, of another vocabulary ({@code minContains}, validation, with
 * {@code contains}, applicator), is an annotation too when its vocabulary is off.
 */
class VocabularyValidatorsTest {
    private static final String NO_VALIDATION = "http://localhost:1234/draft2020-12/metaschema-no-validation.json";

    @Test
    void minContainsIsAnAnnotationWithoutTheValidationVocabulary(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Group> groups =
                List.of(group(0, "https://json-schema.org/draft/2020-12/schema", true), group(1, NO_VALIDATION, false));

        List<SuiteRunner.Outcome> outcomes =
                new SuiteRunner(SuiteConformance.SUITE.resolve("remotes"), staging).run(groups);

        assertThat(outcomes)
                .filteredOn(o -> !o.passed())
                .extracting(o -> o.group() + ": " + o.detail())
                .isEmpty();
    }

    /** {@code contains} a schema nothing matches, {@code minContains: 0}: valid only while minContains applies. */
    private static SuiteRunner.Group group(int index, String metaSchema, boolean valid) throws Exception {
        String schema = "{\"$schema\": \"" + metaSchema + "\", \"contains\": {\"not\": {}}, \"minContains\": 0}";
        return new SuiteRunner.Group(
                "vocabulary-contains.json",
                index,
                metaSchema,
                SuiteRunner.MAPPER.readTree(schema),
                List.of(new SuiteRunner.Case("an array of one", SuiteRunner.MAPPER.readTree("[1]"), valid)));
    }
}
