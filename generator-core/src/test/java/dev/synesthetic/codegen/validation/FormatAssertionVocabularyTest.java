package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's {@code optional/format-assertion.json}: a custom meta-schema with the format-assertion
 * vocabulary (required or optional, we know it either way) makes {@code format} assert for its schemas
 * with format assertion left off in the options.
 */
class FormatAssertionVocabularyTest {
    @Test
    void theFormatAssertionVocabularyAssertsFormatWithoutTheOption(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Group> groups =
                SuiteRunner.read(SuiteConformance.SUITE.resolve("tests/draft2020-12/optional/format-assertion.json"));

        List<SuiteRunner.Outcome> outcomes =
                new SuiteRunner(SuiteConformance.SUITE.resolve("remotes"), staging).run(groups);

        assertThat(outcomes).hasSize(4);
        assertThat(outcomes)
                .filteredOn(o -> !o.passed())
                .extracting(o -> o.testCase() + ": " + o.detail())
                .isEmpty();
    }
}
