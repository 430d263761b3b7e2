package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's 2020-12 and draft-07 {@code optional/} files outside {@code optional/format} (which
 * {@link FormatSuiteConformanceTest} runs): ECMA-262 regular expressions, big numbers, cross-draft
 * references and the rest, with format assertion on, each draft held to its known-failures file;
 * writes {@code target/conformance-optional.md} and {@code target/conformance-optional-draft7.md}
 * for {@code docs/conformance.md}.
 */
class OptionalSuiteConformanceTest {
    @Test
    void theOptionalFilesOf202012(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = SuiteConformance.check(
                "draft2020-12",
                "optional",
                c -> c.toBuilder().formatAssertions(true).build(),
                "/conformance/optional-known-failures.tsv",
                "conformance-optional",
                staging);

        assertThat(outcomes).hasSizeGreaterThan(150);
    }

    @Test
    void theOptionalFilesOfDraft7(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = SuiteConformance.check(
                "draft7",
                "optional",
                c -> c.toBuilder()
                        .defaultDraft(Draft.DRAFT_07)
                        .formatAssertions(true)
                        .build(),
                "/conformance/optional-known-failures-draft7.tsv",
                "conformance-optional-draft7",
                staging);

        assertThat(outcomes).hasSizeGreaterThan(100);
    }
}
