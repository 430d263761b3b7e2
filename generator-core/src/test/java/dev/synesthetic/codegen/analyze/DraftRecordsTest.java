package dev.synesthetic.codegen.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.diagnostic.Severity;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records per draft: each file read with its own draft's keywords; what records cannot express is an error. */
class DraftRecordsTest {
    private static final String D7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\", ";
    private static final String D4 = "\"$schema\": \"http://json-schema.org/draft-04/schema#\", ";
    private static final String D2019 = "\"$schema\": \"https://json-schema.org/draft/2019-09/schema\", ";

    @TempDir
    Path temp;

    private static final String REF_WITH_SIBLINGS = "\"title\": \"Widget\", \"type\": \"object\","
            + " \"properties\": {\"part\": {\"$ref\": \"#/definitions/Part\", \"type\": \"string\", \"minLength\": 2}},"
            + " \"definitions\": {\"Part\": {\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\"}}}}}";

    @Test
    void beforeDraft2019RefSiblingsAreIgnoredWithAWarningAndTheRefAloneGivesTheType() throws Exception {
        GenerationResult result = generate(corpus("{" + D7 + REF_WITH_SIBLINGS), c -> c);

        assertThat(source(result, "Widget.java")).contains("@Nullable Part part");
        assertThat(result.warnings())
                .extracting(d -> d.code() + " " + d.location().orElseThrow())
                .containsExactly(
                        "IGNORED_KEYWORD widget.schema.json#/properties/part/minLength",
                        "IGNORED_KEYWORD widget.schema.json#/properties/part/type");
        assertThat(result.warnings().get(0).message()).contains("ignored in draft-07");
        assertThat(result.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theDefaultDraftDecidesForAFileWithoutSchema() throws Exception {
        Path corpus = corpus("{" + REF_WITH_SIBLINGS);

        assertThat(generate(
                                corpus,
                                c -> c.toBuilder().defaultDraft(Draft.DRAFT_07).build())
                        .warnings())
                .hasSize(2);
        // From 2019-09 the siblings apply beside $ref: minLength is the validator's, a string type
        // beside the record Part is a conflict.
        assertThat(errors(corpus, c -> c))
                .extracting(DraftRecordsTest::summary)
                .containsExactly("MERGE_CONFLICT widget.schema.json#/properties/part/type");
    }

    @Test
    void dependenciesAndDraft07TuplesGenerateRecords() throws Exception {
        // dependencies is the validator's alone; an array-form items with additionalItems is a tuple record
        Path corpus = corpus("{" + D7 + "\"title\": \"Widget\", \"type\": \"object\","
                + " \"dependencies\": {\"a\": [\"b\"]},"
                + " \"properties\": {\"pair\": {\"type\": \"array\", \"items\": [{\"type\": \"string\"}],"
                + " \"additionalItems\": false}}}");

        assertThat(generate(corpus, c -> c).warnings()).isEmpty();
    }

    @Test
    void recursiveRefIsAnErrorFor2019RecordsAndAKeywordTheDraftLacksIsAWarning() throws Exception {
        assertThat(errors(
                        corpus(
                                "{" + D2019 + "\"title\": \"Tree\", \"type\": \"object\", \"$recursiveAnchor\": true,"
                                        + " \"properties\": {\"kids\": {\"type\": \"array\", \"items\": {\"$recursiveRef\": \"#\"}}}}"),
                        c -> c))
                .extracting(DraftRecordsTest::summary)
                .containsExactly(
                        "UNSUPPORTED_KEYWORD widget.schema.json#/$recursiveAnchor",
                        "UNSUPPORTED_KEYWORD widget.schema.json#/properties/kids/items/$recursiveRef");

        GenerationResult result = generate(
                corpus(
                        "{" + D7 + "\"title\": \"Widget\", \"type\": \"object\","
                                + " \"properties\": {\"list\": {\"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}]}}}"),
                c -> c);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(DiagnosticCode.UNKNOWN_KEYWORD);
            assertThat(w.location().orElseThrow().toString())
                    .isEqualTo("widget.schema.json#/properties/list/prefixItems");
            assertThat(w.message()).contains("not a JSON Schema draft-07 keyword");
        });
    }

    @Test
    void draft04ExclusiveBoundsAreBooleansAndLaterDraftsNumbers() throws Exception {
        GenerationResult d4 = generate(
                corpus(
                        "{" + D4 + "\"title\": \"Widget\", \"type\": \"object\","
                                + " \"properties\": {\"n\": {\"type\": \"number\", \"minimum\": 5, \"exclusiveMinimum\": true}}}"),
                c -> c);
        assertThat(source(d4, "Widget.java")).contains("Greater than 5").doesNotContain("At least 5");

        assertThat(errors(
                        corpus(
                                "{" + D7 + "\"title\": \"Widget\", \"type\": \"object\","
                                        + " \"properties\": {\"n\": {\"type\": \"number\", \"minimum\": 5, \"exclusiveMinimum\": true}}}"),
                        c -> c))
                .extracting(DraftRecordsTest::summary)
                .containsExactly("INVALID_SCHEMA widget.schema.json#/properties/n/exclusiveMinimum");
        assertThat(errors(
                        corpus("{" + D4 + "\"title\": \"Widget\", \"type\": \"object\","
                                + " \"properties\": {\"n\": {\"type\": \"number\", \"exclusiveMinimum\": 5}}}"),
                        c -> c))
                .extracting(DraftRecordsTest::summary)
                .containsExactly("INVALID_SCHEMA widget.schema.json#/properties/n/exclusiveMinimum");
    }

    private Path corpus(String widget) throws IOException {
        Path folder = Files.createTempDirectory(temp, "corpus");
        Files.writeString(folder.resolve("widget.schema.json"), widget);
        return folder;
    }

    private static GenerationResult generate(Path corpus, java.util.function.UnaryOperator<GeneratorConfig> options)
            throws GenerationException {
        return new Generator()
                .generate(options.apply(
                        GeneratorConfig.builder(corpus, "com.example.drafts").build()));
    }

    private static List<Diagnostic> errors(Path corpus, java.util.function.UnaryOperator<GeneratorConfig> options) {
        GenerationException thrown = catchThrowableOfType(GenerationException.class, () -> generate(corpus, options));
        assertThat(thrown).as("generation must fail").isNotNull();
        return thrown.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
    }

    private static String source(GenerationResult result, String file) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow();
    }

    private static String summary(Diagnostic d) {
        return d.code() + " " + d.location().map(Object::toString).orElse("<none>");
    }
}
