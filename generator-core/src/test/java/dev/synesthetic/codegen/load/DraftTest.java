package dev.synesthetic.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file's draft comes from its own {@code $schema}; files without one get the configured default. */
class DraftTest {
    @Test
    void everySupportedSchemaUriNamesItsDraftWithOrWithoutTheEmptyFragment() {
        assertThat(Draft.fromSchemaUri("http://json-schema.org/draft-04/schema#"))
                .contains(Draft.DRAFT_04);
        assertThat(Draft.fromSchemaUri("http://json-schema.org/draft-06/schema#"))
                .contains(Draft.DRAFT_06);
        assertThat(Draft.fromSchemaUri("http://json-schema.org/draft-07/schema"))
                .contains(Draft.DRAFT_07);
        assertThat(Draft.fromSchemaUri("https://json-schema.org/draft/2019-09/schema"))
                .contains(Draft.DRAFT_2019_09);
        assertThat(Draft.fromSchemaUri("https://json-schema.org/draft/2020-12/schema"))
                .contains(Draft.DRAFT_2020_12);
        assertThat(Draft.fromSchemaUri("http://json-schema.org/draft-03/schema#"))
                .isEmpty();
        assertThat(Draft.fromSchemaUri("https://example.com/meta")).isEmpty();
    }

    @Test
    void theSchemeIsNotPartOfTheName() {
        assertThat(Draft.fromSchemaUri("https://json-schema.org/draft-07/schema#"))
                .contains(Draft.DRAFT_07);
        assertThat(Draft.fromSchemaUri("https://json-schema.org/draft-04/schema"))
                .contains(Draft.DRAFT_04);
        assertThat(Draft.fromSchemaUri("http://json-schema.org/draft/2020-12/schema"))
                .contains(Draft.DRAFT_2020_12);
        assertThat(Draft.fromSchemaUri("ftp://json-schema.org/draft-07/schema")).isEmpty();
    }

    @Test
    void optionNamesParseToDrafts() {
        assertThat(Draft.parse("04")).isEqualTo(Draft.DRAFT_04);
        assertThat(Draft.parse("draft-06")).isEqualTo(Draft.DRAFT_06);
        assertThat(Draft.parse("7")).isEqualTo(Draft.DRAFT_07);
        assertThat(Draft.parse("2019-09")).isEqualTo(Draft.DRAFT_2019_09);
        assertThat(Draft.parse("2020-12")).isEqualTo(Draft.DRAFT_2020_12);
        assertThat(Draft.DRAFT_07.optionName()).isEqualTo("07");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Draft.parse("03"))
                .withMessageContaining("04, 06, 07, 2019-09, 2020-12");
    }

    @Test
    void aFileWithSchemaKeepsItsDraftAndAFileWithoutGetsTheDefault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"$schema\": \"http://json-schema.org/draft-04/schema#\"}");
        Files.writeString(dir.resolve("b.json"), "{\"type\": \"string\"}");
        Files.writeString(dir.resolve("c.json"), "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}");
        Diagnostics diagnostics = new Diagnostics();

        Corpus corpus = new CorpusLoader().load(dir, Draft.DRAFT_07, diagnostics);

        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(corpus.documents())
                .extracting(SchemaDocument::draft)
                .containsExactly(Draft.DRAFT_04, Draft.DRAFT_07, Draft.DRAFT_2020_12);
        assertThat(new CorpusLoader()
                        .load(dir, new Diagnostics())
                        .documents()
                        .get(1)
                        .draft())
                .as("the default default is 2020-12")
                .isEqualTo(Draft.DRAFT_2020_12);
    }

    @Test
    void draft03StaysAnUnsupportedDraftError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"$schema\": \"http://json-schema.org/draft-03/schema#\"}");
        Diagnostics diagnostics = new Diagnostics();

        Corpus corpus = new CorpusLoader().load(dir, Draft.DRAFT_2020_12, diagnostics);

        assertThat(corpus.documents()).isEmpty();
        Diagnostic error = diagnostics.sorted().get(0);
        assertThat(error.code()).isEqualTo(DiagnosticCode.UNSUPPORTED_DRAFT);
        assertThat(error.location().orElseThrow().toString()).isEqualTo("a.json#/$schema");
        assertThat(error.message()).contains("draft-03");
        assertThat(error.hint()).contains("draft-04").contains("2020-12");
    }

    @Test
    void anEmbeddedSchemaOfAnotherDraftIsAnErrorAndOfTheSameDraftIsFine(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("a.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                        + " \"definitions\": {\"same\": {\"$schema\": \"http://json-schema.org/draft-07/schema\"},"
                        + " \"other\": {\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}}}");

        dev.synesthetic.codegen.diagnostic.GenerationException thrown =
                org.assertj.core.api.Assertions.catchThrowableOfType(
                        dev.synesthetic.codegen.diagnostic.GenerationException.class,
                        () -> new dev.synesthetic.codegen.Generator()
                                .generateValidators(dev.synesthetic.codegen.GeneratorConfig.builder(dir, "p")
                                        .build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNSUPPORTED_DRAFT);
            assertThat(d.location().orElseThrow().toString()).isEqualTo("a.json#/definitions/other/$schema");
            assertThat(d.message()).contains("draft-07");
        });
    }
}
