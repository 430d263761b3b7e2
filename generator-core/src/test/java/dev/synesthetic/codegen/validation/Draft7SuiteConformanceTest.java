package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official JSON Schema Test Suite, {@code tests/draft7} (required part), through generated,
 * compiled validators. The suite's schemas mostly carry no {@code $schema}, so they are read with
 * draft-07 as the default draft, as a user would with {@code --default-draft 07}; the suite's
 * {@code remotes/draft7} are served, other drafts' remotes are not. Held to
 * {@code conformance/known-failures-draft7.tsv} (see {@link SuiteConformance}); writes
 * {@code target/conformance-draft7.md} (the table the README copies).
 */
class Draft7SuiteConformanceTest {
    @Test
    void generatedValidatorsPassTheDraft7Suite(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = SuiteConformance.check(
                "draft7",
                c -> c.toBuilder().defaultDraft(Draft.DRAFT_07).build(),
                "/conformance/known-failures-draft7.tsv",
                "conformance-draft7",
                staging);

        assertThat(outcomes).hasSizeGreaterThan(800);
    }
}
