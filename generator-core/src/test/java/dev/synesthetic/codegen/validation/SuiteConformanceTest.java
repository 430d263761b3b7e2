package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official JSON Schema Test Suite (draft 2020-12, required part) through generated, compiled
 * validators, held to {@code conformance/known-failures.tsv} (see {@link SuiteConformance}).
 * Writes {@code target/conformance.md} (the table the README copies) and
 * {@code target/conformance-failures.tsv}.
 */
class SuiteConformanceTest {
    @Test
    void generatedValidatorsPassTheSuite(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = SuiteConformance.check(
                "draft2020-12", UnaryOperator.identity(), "/conformance/known-failures.tsv", "conformance", staging);

        assertThat(outcomes).hasSizeGreaterThan(1000);
    }
}
