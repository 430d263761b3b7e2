package dev.synesthetic.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code $schema} naming a custom meta-schema by its {@code $id}: the draft and vocabularies it gives. */
class CustomMetaSchemaTest {
    private static final String NO_VALIDATION = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
            + " \"$id\": \"https://example.com/meta/no-validation\", \"$vocabulary\": {"
            + "\"https://json-schema.org/draft/2020-12/vocab/core\": true,"
            + " \"https://json-schema.org/draft/2020-12/vocab/applicator\": true,"
            + " \"https://example.com/vocab/optional\": false}}";
    private static final String USES_IT =
            "{\"$schema\": \"https://example.com/meta/no-validation#\", \"type\": \"object\"}";

    @Test
    void aMetaSchemaOfTheCorpusGivesItsDraftAndVocabularies(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("meta.json"), NO_VALIDATION);
        Files.writeString(dir.resolve("a.json"), USES_IT);
        Diagnostics diagnostics = new Diagnostics();

        Corpus corpus = new CorpusLoader().load(dir, Draft.DRAFT_07, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        SchemaDocument a = corpus.documents().get(0);
        assertThat(a.relativePath()).isEqualTo("a.json");
        assertThat(a.draft()).isEqualTo(Draft.DRAFT_2020_12);
        assertThat(a.vocabularies()).containsExactlyInAnyOrder(Vocabulary.CORE, Vocabulary.APPLICATOR);
        assertThat(corpus.documents().get(1).vocabularies()).isEqualTo(Vocabulary.defaults(Draft.DRAFT_2020_12));
    }

    @Test
    void aMetaSchemaInAMappedFolderIsFoundToo(@TempDir Path dir) throws IOException {
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Path metas = Files.createDirectories(dir.resolve("metas"));
        Files.writeString(metas.resolve("no-validation.json"), NO_VALIDATION);
        Files.writeString(schemas.resolve("a.json"), USES_IT);
        Diagnostics diagnostics = new Diagnostics();

        Corpus corpus = new CorpusLoader()
                .load(
                        schemas,
                        Draft.DRAFT_2020_12,
                        Map.of("https://example.com/meta/", Path.of("../metas")),
                        diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(corpus.documents().get(0).vocabularies())
                .containsExactlyInAnyOrder(Vocabulary.CORE, Vocabulary.APPLICATOR);
    }

    @Test
    void aRequiredVocabularyWeDoNotKnowIsAnErrorAtItsEntry(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("meta.json"),
                NO_VALIDATION.replace(
                        "\"https://example.com/vocab/optional\": false",
                        "\"https://example.com/vocab/optional\": true"));
        Files.writeString(dir.resolve("a.json"), USES_IT);
        Diagnostics diagnostics = new Diagnostics();

        Corpus corpus = new CorpusLoader().load(dir, Draft.DRAFT_2020_12, diagnostics);

        assertThat(corpus.documents()).extracting(SchemaDocument::relativePath).containsExactly("meta.json");
        assertThat(diagnostics.sorted())
                .filteredOn(d -> d.code() == DiagnosticCode.UNKNOWN_VOCABULARY)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.location().orElseThrow().toString())
                            .isEqualTo("meta.json#/$vocabulary/https:~1~1example.com~1vocab~1optional");
                    assertThat(d.message()).contains("https://example.com/vocab/optional");
                    assertThat(d.hint()).contains("validation");
                });
        assertThat(diagnostics.sorted())
                .filteredOn(d -> d.code() == DiagnosticCode.UNSUPPORTED_DRAFT)
                .extracting(d -> d.location().orElseThrow().toString())
                .containsExactly("a.json#/$schema");
    }

    @Test
    void aSchemaUriNoFileHasIsStillUnsupportedAndALoopIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"$schema\": \"https://example.com/nowhere\"}");
        Files.writeString(
                dir.resolve("b.json"), "{\"$id\": \"https://example.com/b\", \"$schema\": \"https://example.com/c\"}");
        Files.writeString(
                dir.resolve("c.json"), "{\"$id\": \"https://example.com/c\", \"$schema\": \"https://example.com/b\"}");
        Diagnostics diagnostics = new Diagnostics();

        Corpus corpus = new CorpusLoader().load(dir, Draft.DRAFT_2020_12, diagnostics);

        assertThat(corpus.documents()).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.UNSUPPORTED_DRAFT);
        assertThat(diagnostics.sorted())
                .extracting(d -> d.location().orElseThrow().file())
                .contains("a.json", "b.json", "c.json");
        assertThat(diagnostics.sorted())
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("loop"))
                .anyMatch(m -> m.contains("no file of the corpus"));
    }
}
