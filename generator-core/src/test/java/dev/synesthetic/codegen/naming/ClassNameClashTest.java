package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Top-level classes the generator emits into one package (records, validators, readers, runtime
 * classes) never share a name: a clash is a NAME_COLLISION at a schema's location, naming the other
 * claimant, reported before anything is emitted.
 */
class ClassNameClashTest {
    private static final String OBJECT = "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}";

    @TempDir
    Path corpus;

    @Test
    void aRecordNamedLikeAValidatorRuntimeClassIsReportedAtItsSchema() throws IOException {
        write("violation.json", OBJECT);
        Diagnostic clash = onlyError(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS);
        assertThat(clash.location()).contains(root("violation.json"));
        assertThat(clash.message()).contains("'Violation'", "runtime class");
    }

    @Test
    void aRecordNamedLikeAReaderRuntimeClassIsReportedAtItsSchema() throws IOException {
        write("read-result.json", OBJECT);
        Diagnostic clash = onlyError(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS);
        assertThat(clash.location()).contains(root("read-result.json"));
        assertThat(clash.message()).contains("'ReadResult'", "runtime class");
    }

    @Test
    void aRecordNamedLikeAnotherFilesValidatorNamesBothFiles() throws IOException {
        write("tone.json", OBJECT);
        write("tone-validator.json", OBJECT);
        Diagnostic clash = onlyError(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS);
        assertThat(clash.location()).contains(root("tone.json"));
        assertThat(clash.message()).contains("'ToneValidator'", "validator of tone.json", "tone-validator.json#");
    }

    @Test
    void aRecordNamedLikeAnotherFilesReaderNamesBothFiles() throws IOException {
        write("tone.json", OBJECT);
        write("tone-reader.json", OBJECT);
        Diagnostic clash = onlyError(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS);
        assertThat(clash.location()).contains(root("tone.json"));
        assertThat(clash.message()).contains("'ToneReader'", "reader of tone.json", "tone-reader.json#");
    }

    @Test
    void twoFilesWhoseValidatorsWouldShareANameAreBothNamed() throws IOException {
        write("foo-bar.json", OBJECT);
        write("foo_bar.json", OBJECT);
        Diagnostic clash = onlyError(GeneratorConfig.Emit.VALIDATORS_ONLY);
        assertThat(clash.location()).contains(root("foo_bar.json"));
        assertThat(clash.message()).contains("'FooBarValidator'", "validator of foo_bar.json", "foo-bar.json#");
    }

    @Test
    void namesDifferingOnlyInCaseClashToo() throws IOException {
        // Two such files cannot both exist on macOS or Windows file systems.
        write("tone.json", OBJECT);
        write("t-one.json", OBJECT);
        Diagnostic clash = onlyError(GeneratorConfig.Emit.VALIDATORS_ONLY);
        assertThat(clash.message()).contains("'ToneValidator'", "'TOneValidator'");
    }

    @Test
    void withoutAClashEveryClassKeepsItsName() throws Exception {
        write("a/tone.json", OBJECT);
        write("b/tone.json", OBJECT);
        write("violation-list.json", OBJECT);
        write("json-values.json", OBJECT); // the record helper's name: the record gives way, as it always did
        GenerationResult result = new Generator().generate(config(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS));
        assertThat(result.files())
                .extracting(f -> f.relativePath().replace("p/", ""))
                .contains(
                        "Tone.java",
                        "BTone.java",
                        "AToneValidator.java",
                        "BToneValidator.java",
                        "AToneReader.java",
                        "BToneReader.java",
                        "ViolationList.java",
                        "ViolationListValidator.java",
                        "Violation.java",
                        "ReadResult.java",
                        "JsonValues.java",
                        "JsonValuesObject.java",
                        "JsonValuesValidator.java",
                        "JsonValuesReader.java");
    }

    private Diagnostic onlyError(GeneratorConfig.Emit emit) {
        GenerationException failure =
                catchThrowableOfType(GenerationException.class, () -> new Generator().generate(config(emit)));
        assertThat(failure).as("generation fails").isNotNull();
        List<Diagnostic> errors =
                failure.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).code()).isEqualTo(DiagnosticCode.NAME_COLLISION);
        return errors.get(0);
    }

    private GeneratorConfig config(GeneratorConfig.Emit emit) {
        return GeneratorConfig.builder(corpus, "p").emit(emit).build();
    }

    private static SourceLocation root(String file) {
        return new SourceLocation(file, JsonPointer.parse(""));
    }

    private void write(String file, String json) throws IOException {
        Path path = corpus.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json);
    }
}
