package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's {@code optional/format} files of draft 2020-12 and draft-07 through generated
 * validators with format assertion on, each held to its known-failures file (see {@link
 * SuiteConformance}); writes {@code target/conformance-format.md} and {@code
 * target/conformance-format-draft7.md}, the per-format tables of {@code docs/conformance.md}.
 */
class FormatSuiteConformanceTest {
    @Test
    void everyFormatOf202012Asserts(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = SuiteConformance.check(
                "draft2020-12",
                "optional/format",
                c -> c.toBuilder().formatAssertions(true).build(),
                "/conformance/format-known-failures.tsv",
                "conformance-format",
                staging);

        assertThat(outcomes).hasSizeGreaterThan(700);
    }

    @Test
    void everyFormatOfDraft7Asserts(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = SuiteConformance.check(
                "draft7",
                "optional/format",
                c -> c.toBuilder()
                        .defaultDraft(Draft.DRAFT_07)
                        .formatAssertions(true)
                        .build(),
                "/conformance/format-known-failures-draft7.tsv",
                "conformance-format-draft7",
                staging);

        assertThat(outcomes).hasSizeGreaterThan(650);
    }
}
