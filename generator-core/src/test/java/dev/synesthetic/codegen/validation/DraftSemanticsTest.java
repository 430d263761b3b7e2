package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.vocabulary.Draft;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sets each older draft apart, in the test suite's format ({@code drafts/*.json}, our own
 * cases: the shared suite has only draft7 and 2020-12), through generated, compiled validators
 * with that draft as the default: {@code id} and boolean {@code exclusiveMinimum} (04), fragment
 * ids and {@code $ref} hiding its siblings (04–07), {@code dependencies}, tuple {@code items} with
 * {@code additionalItems}, {@code $recursiveRef} (2019-09), and keywords a draft lacks asserting
 * nothing. Every case must pass.
 */
class DraftSemanticsTest {
    @Test
    void eachDraftKeepsItsOwnSemantics(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(run(Draft.DRAFT_04, "draft-04.json", staging));
        outcomes.addAll(run(Draft.DRAFT_06, "draft-06.json", staging));
        outcomes.addAll(run(Draft.DRAFT_2019_09, "draft-2019-09.json", staging));

        assertThat(outcomes).hasSize(55);
        assertThat(outcomes)
                .filteredOn(o -> !o.passed())
                .extracting(o -> o.key().replace('\t', '/') + ": " + o.detail())
                .isEmpty();
    }

    private static List<SuiteRunner.Outcome> run(Draft draft, String file, Path staging) throws Exception {
        List<SuiteRunner.Group> groups = SuiteRunner.read(resource(file));
        Path folder = staging.resolve(draft.optionName());
        return new SuiteRunner(
                        SuiteConformance.SUITE.resolve("remotes"),
                        folder,
                        c -> c.toBuilder().defaultDraft(draft).build(),
                        "none")
                .run(groups);
    }

    private static Path resource(String file) throws URISyntaxException {
        return Path.of(DraftSemanticsTest.class.getResource("/drafts/" + file).toURI());
    }
}
