package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One error policy for keyword values, whichever pipeline reads them: records alone, validators
 * alone, or both, accept and refuse the same values with the same diagnostic.
 */
class KeywordValuesTest {
    @TempDir
    Path temp;

    /** A count beyond {@code long} is a bound nothing reaches: accepted by both pipelines, not an error in one. */
    @ParameterizedTest
    @EnumSource(
            value = GeneratorConfig.Emit.class,
            names = {"RECORDS", "VALIDATORS_ONLY", "RECORDS_AND_VALIDATORS"})
    void aCountBeyondLongIsAcceptedAsUnreachable(GeneratorConfig.Emit emit) throws Exception {
        Path corpus = corpus("{\"title\": \"Widget\", \"type\": \"object\", \"properties\": {\"name\":"
                + " {\"type\": \"string\", \"maxLength\": 100000000000000000000}}}");

        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus, "p").emit(emit).build());

        assertThat(result.files()).extracting(GeneratedFile::relativePath).isNotEmpty();
        assertThat(result.warnings())
                .as("records alone only say that nothing enforces maxLength")
                .filteredOn(w -> w.code() != dev.synesthetic.codegen.diagnostic.DiagnosticCode.UNENFORCED_ASSERTIONS)
                .isEmpty();
    }

    /** The same bad value gives the same error, once, from records, validators or both. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"minLength\": -1|'minLength' must be a non-negative integer",
                "\"minLength\": 1.5|'minLength' must be a non-negative integer",
                "\"maximum\": \"9\"|'maximum' must be a number",
                "\"multipleOf\": 0|'multipleOf' must be a number greater than 0",
                "\"pattern\": 7|'pattern' must be a string"
            })
    void aBadValueIsTheSameErrorInEveryPipeline(String keywordAndMessage) throws Exception {
        String[] parts = keywordAndMessage.split("\\|");
        Path corpus = corpus("{\"title\": \"Widget\", \"type\": \"object\", \"properties\": {\"name\":"
                + " {\"type\": \"string\", " + parts[0] + "}}}");
        String keyword = parts[0].substring(1, parts[0].indexOf('"', 1));

        for (GeneratorConfig.Emit emit : List.of(
                GeneratorConfig.Emit.RECORDS,
                GeneratorConfig.Emit.VALIDATORS_ONLY,
                GeneratorConfig.Emit.RECORDS_AND_VALIDATORS)) {
            GenerationException thrown = catchThrowableOfType(
                    GenerationException.class,
                    () -> new Generator()
                            .generate(GeneratorConfig.builder(corpus, "p")
                                    .emit(emit)
                                    .build()));
            assertThat(thrown).as(emit.name()).isNotNull();
            assertThat(thrown.diagnostics())
                    .as(emit.name())
                    .filteredOn(Diagnostic::isError)
                    .singleElement()
                    .satisfies(d -> {
                        assertThat(d.location().orElseThrow().toString())
                                .isEqualTo("widget.schema.json#/properties/name/" + keyword);
                        assertThat(d.message()).isEqualTo(parts[1]);
                        assertThat(d.hint()).isNotBlank();
                    });
        }
    }

    private Path corpus(String widget) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(folder.resolve("widget.schema.json"), widget);
        return folder;
    }
}
