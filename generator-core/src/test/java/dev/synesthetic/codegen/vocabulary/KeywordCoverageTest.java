package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.vocabulary.KeywordCoverage.Use;
import dev.synesthetic.codegen.vocabulary.KeywordCoverage.Where;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which keywords a corpus uses, where each ends up, and the warning when validators are off. */
class KeywordCoverageTest {
    private static final String D7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\", ";

    @TempDir
    Path temp;

    private static JsonNode json(String text) throws Exception {
        return JsonTrees.parse(text);
    }

    @Test
    void countsEachKeywordByWhereItEndsUpWalkingEverySubschema() throws Exception {
        KeywordCoverage coverage = new KeywordCoverage();
        coverage.add(
                json("{" + D7 + "\"title\": \"Widget\", \"type\": \"object\", \"x-owner\": \"me\","
                        + " \"properties\": {"
                        + "  \"name\": {\"type\": \"string\", \"pattern\": \"^a\", \"not\": {\"pattern\": \"^ab\"}},"
                        + "  \"part\": {\"$ref\": \"#/definitions/Part\", \"minLength\": 2},"
                        + "  \"type\": {\"enum\": [{\"type\": \"x\"}], \"default\": {\"pattern\": 1}}},"
                        + " \"dependencies\": {\"a\": [\"b\"], \"c\": {\"required\": [\"d\"]}},"
                        + " \"definitions\": {\"Part\": {\"type\": \"integer\", \"minimum\": 1}}}"),
                Draft.DRAFT_07);

        assertThat(coverage.uses())
                .containsExactly(
                        new Use("$ref", Where.TYPE, 1),
                        new Use("$schema", Where.ANNOTATION, 1),
                        new Use("default", Where.ANNOTATION, 1),
                        new Use("definitions", Where.TYPE, 1),
                        new Use("dependencies", Where.VALIDATOR, 1),
                        new Use("enum", Where.TYPE, 1),
                        new Use("minLength", Where.IGNORED, 1),
                        new Use("minimum", Where.VALIDATOR, 1),
                        new Use("not", Where.VALIDATOR, 1),
                        new Use("pattern", Where.VALIDATOR, 2),
                        new Use("properties", Where.TYPE, 1),
                        new Use("required", Where.TYPE, 1),
                        new Use("title", Where.ANNOTATION, 1),
                        new Use("type", Where.TYPE, 3),
                        new Use("x-owner", Where.UNKNOWN, 1));
    }

    @Test
    void theSameNameCountsPerDraftAndRefusedKeywordsSayRefused() throws Exception {
        KeywordCoverage coverage = new KeywordCoverage();
        coverage.add(json("{\"dependencies\": {\"a\": [\"b\"]}, \"oneOf\": [true]}"), Draft.DRAFT_2020_12);
        coverage.add(json("{\"dependencies\": {\"a\": [\"b\"]}}"), Draft.DRAFT_04);

        assertThat(coverage.uses())
                .contains(new Use("dependencies", Where.UNKNOWN, 1), new Use("dependencies", Where.VALIDATOR, 1));
        assertThat(coverage.uses())
                .filteredOn(u -> u.keyword().equals("oneOf"))
                .singleElement()
                .extracting(Use::where)
                .isIn(Where.REFUSED, Where.TYPE);
    }

    @Test
    void theUnenforcedSummaryCountsAssertionsMostUsedFirstThenByName() throws Exception {
        KeywordCoverage coverage = new KeywordCoverage();
        coverage.add(
                json("{\"type\": \"object\", \"properties\": {"
                        + "\"a\": {\"type\": \"string\", \"pattern\": \"x\", \"maxLength\": 3},"
                        + "\"b\": {\"type\": \"string\", \"pattern\": \"y\", \"not\": {\"minimum\": 2}},"
                        + "\"c\": {\"type\": \"integer\", \"minimum\": 1}}}"),
                Draft.DRAFT_2020_12);

        assertThat(coverage.unenforced())
                .containsExactly(
                        Map.entry("minimum", 2),
                        Map.entry("pattern", 2),
                        Map.entry("maxLength", 1),
                        Map.entry("not", 1));
        assertThat(coverage.unenforcedSummary()).isEqualTo("minimum ×2, pattern ×2, maxLength ×1, not ×1");
    }

    @Test
    void recordsAloneWarnOnceAboutTheAssertionsNothingEnforces() throws Exception {
        Files.writeString(
                temp.resolve("widget.schema.json"),
                "{" + D7 + "\"title\": \"Widget\", \"type\": \"object\", \"properties\": {"
                        + "\"a\": {\"type\": \"string\", \"pattern\": \"x\"},"
                        + "\"b\": {\"type\": \"string\", \"pattern\": \"y\", \"not\": {\"const\": \"z\"}},"
                        + "\"c\": {\"type\": \"integer\", \"minimum\": 1}}}");
        GeneratorConfig config = GeneratorConfig.builder(temp, "com.example").build();

        GenerationResult recordsAlone = new Generator()
                .generate(config.toBuilder().emit(GeneratorConfig.Emit.RECORDS).build());
        GenerationResult withValidators = new Generator().generate(config);

        List<Diagnostic> unenforced = recordsAlone.warnings().stream()
                .filter(w -> w.code() == DiagnosticCode.UNENFORCED_ASSERTIONS)
                .toList();
        assertThat(unenforced).singleElement().satisfies(w -> {
            assertThat(w.location()).isEmpty();
            assertThat(w.message()).contains("4 assertions").contains("pattern ×2, minimum ×1, not ×1");
            assertThat(w.hint()).contains("--no-validators").contains("validators=false");
        });
        assertThat(withValidators.warnings()).isEmpty();
    }

    @Test
    void oneUnenforcedAssertionIsCountedInTheSingular() throws Exception {
        Files.writeString(
                temp.resolve("widget.schema.json"),
                "{" + D7 + "\"title\": \"Widget\", \"type\": \"object\", \"properties\": {"
                        + "\"a\": {\"type\": \"string\", \"pattern\": \"x\"}}}");

        GenerationResult recordsAlone = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example")
                        .emit(GeneratorConfig.Emit.RECORDS)
                        .build());

        assertThat(recordsAlone.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("so 1 assertion is enforced by nothing: pattern ×1"));
    }

    @Test
    void typeKeywordsBindingEnforcesOnlyInPartAreNamedToo() throws Exception {
        Files.writeString(
                temp.resolve("widget.schema.json"),
                "{" + D7 + "\"title\": \"Widget\", \"type\": \"object\", \"properties\": {"
                        + "\"dryRun\": {\"const\": true},"
                        + "\"mode\": {\"enum\": [\"fast\", \"safe\"]}, \"tag\": {\"const\": \"v1\"},"
                        + "\"target\": {\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}}}");

        GenerationResult recordsAlone = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example")
                        .emit(GeneratorConfig.Emit.RECORDS)
                        .build());

        assertThat(recordsAlone.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message())
                        .isEqualTo("validators are off, so binding enforces only part of const ×1, oneOf ×1"));
    }

    @Test
    void noWarningWhenNothingIsUnenforced() throws Exception {
        Files.writeString(
                temp.resolve("widget.schema.json"),
                "{" + D7
                        + "\"title\": \"Widget\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}");

        GenerationResult recordsAlone = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example")
                        .emit(GeneratorConfig.Emit.RECORDS)
                        .build());

        assertThat(recordsAlone.warnings()).isEmpty();
    }
}
