package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.testing.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code format} assertion, opt-in through {@link GeneratorConfig#formatAssertions()}: the
 * suite's optional {@code date-time}, {@code date} and {@code time} files pass in full with it on;
 * with it off those same strings are only annotated (every case valid); formats we do not know
 * stay annotations either way. Every other format: {@link FormatSuiteConformanceTest}.
 */
class FormatAssertionTest {
    private static final Path FORMATS =
            Locations.shared().resolve("json-schema-test-suite/tests/draft2020-12/optional/format");
    private static final Path REMOTES = Locations.shared().resolve("json-schema-test-suite/remotes");

    @Test
    void assertedFormatsPassTheOptionalSuiteFiles(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Group> groups = groups("date-time.json", "date.json", "time.json");
        List<SuiteRunner.Outcome> outcomes = new SuiteRunner(
                        REMOTES,
                        staging,
                        c -> c.toBuilder().formatAssertions(true).build())
                .run(groups);

        assertThat(outcomes).hasSizeGreaterThan(150);
        assertThat(outcomes)
                .filteredOn(o -> !o.passed())
                .extracting(o -> o.file() + " / " + o.testCase() + ": " + o.detail())
                .isEmpty();
    }

    @Test
    void withoutTheOptionFormatIsAnAnnotation(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Group> groups = groups("date-time.json");
        List<SuiteRunner.Outcome> outcomes = new SuiteRunner(REMOTES, staging).run(groups);

        // Every case the suite calls invalid is accepted: nothing asserts the format.
        long invalidCases = groups.stream()
                .flatMap(g -> g.cases().stream())
                .filter(c -> !c.valid())
                .count();
        assertThat(invalidCases).isGreaterThan(10);
        assertThat(outcomes).filteredOn(o -> !o.passed()).hasSize((int) invalidCases);
    }

    @Test
    void formatsWeDoNotKnowStayAnnotations(@TempDir Path staging) throws Exception {
        List<SuiteRunner.Group> groups = groups("unknown.json");
        List<SuiteRunner.Outcome> outcomes = new SuiteRunner(
                        REMOTES,
                        staging,
                        c -> c.toBuilder().formatAssertions(true).build())
                .run(groups);

        assertThat(outcomes).isNotEmpty().allMatch(SuiteRunner.Outcome::passed);
    }

    @Test
    void aFormatThatIsNotAStringIsASchemaErrorOnlyWhenFormatsAssert(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("odd.json"), "{\"properties\": {\"when\": {\"format\": 5}}}");
        GeneratorConfig config = GeneratorConfig.builder(corpus, "odd").build();

        assertThat(new Generator().generateValidators(config).files()).isNotEmpty();
        assertThatThrownBy(() -> new Generator()
                        .generateValidators(
                                config.toBuilder().formatAssertions(true).build()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("odd.json#/properties/when/format")
                .hasMessageContaining("'format' must be a string");
    }

    @Test
    void theFormatRuntimeIsEmittedOnlyWhenAFormatAsserts(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("plain.json"), "{\"properties\": {\"when\": {\"format\": \"color\"}}}");
        GeneratorConfig config =
                GeneratorConfig.builder(corpus, "plain").formatAssertions(true).build();
        assertThat(new Generator().generateValidators(config).files())
                .extracting(f -> f.relativePath())
                .doesNotContain("plain/JsonFormats.java")
                .contains("plain/PlainValidator.java");

        Files.writeString(corpus.resolve("plain.json"), "{\"properties\": {\"when\": {\"format\": \"date-time\"}}}");
        assertThat(new Generator().generateValidators(config).files())
                .extracting(f -> f.relativePath())
                .containsAll(RuntimeClasses.FORMATS.stream()
                        .map(c -> "plain/" + c + ".java")
                        .toList());
    }

    private static List<SuiteRunner.Group> groups(String... files) throws Exception {
        List<SuiteRunner.Group> groups = new ArrayList<>();
        for (String file : files) {
            groups.addAll(SuiteRunner.read(FORMATS.resolve(file)));
        }
        return groups;
    }
}
