package dev.synesthetic.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.diagnostic.Severity;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus under {@code schemas/invalid} must fail with errors that name the file and the JSON
 * Pointer, carry a stable {@link DiagnosticCode} and a hint, and produce no files.
 */
class BadCorpusTest {
    private static final String PACKAGE = "com.example.bad";

    /** One expected error: code, file relative to the corpus folder, JSON Pointer, message fragment. */
    record Expected(DiagnosticCode code, String file, String pointer, String fragment) {
        SourceLocation location() {
            return new SourceLocation(file, JsonPointer.parse(pointer));
        }

        @Override
        public String toString() {
            return code + " " + file + "#" + pointer;
        }
    }

    /** A corpus folder and every error it must report, in report order. */
    record Case(String folder, List<Expected> errors) {
        @Override
        public String toString() {
            return folder;
        }
    }

    private static Case bad(String folder, Expected... errors) {
        return new Case(folder, List.of(errors));
    }

    private static Expected error(DiagnosticCode code, String file, String pointer, String fragment) {
        return new Expected(code, file, pointer, fragment);
    }

    static Stream<Case> cases() {
        return Stream.of(
                bad(
                        "malformed-json",
                        error(
                                DiagnosticCode.MALFORMED_JSON,
                                "truncated.schema.json",
                                "/properties/size/type",
                                "end-of-input"),
                        error(
                                DiagnosticCode.MALFORMED_JSON,
                                "widget.schema.json",
                                "/properties/name",
                                "(line 7, column 3)")),
                bad(
                        "duplicate-key",
                        error(
                                DiagnosticCode.MALFORMED_JSON,
                                "widget.schema.json",
                                "/properties/name/type",
                                "Duplicate field 'type' (line 6,")),
                bad("empty-file", error(DiagnosticCode.MALFORMED_JSON, "empty.schema.json", "", "empty")),
                bad(
                        "unresolvable-ref",
                        error(
                                DiagnosticCode.UNRESOLVABLE_REF,
                                "widget.schema.json",
                                "/properties/owner/$ref",
                                "https://example.com/schemas/nobody.schema.json")),
                bad(
                        "missing-file-ref",
                        error(
                                DiagnosticCode.UNRESOLVABLE_REF,
                                "widget.schema.json",
                                "/properties/part/$ref",
                                "parts/missing.schema.json")),
                bad(
                        "escaping-ref",
                        error(
                                DiagnosticCode.REF_OUTSIDE_CORPUS,
                                "widget.schema.json",
                                "/properties/outside/$ref",
                                "../outside.schema.json")),
                bad(
                        "bad-pointer-ref",
                        error(
                                DiagnosticCode.UNRESOLVABLE_REF,
                                "widget.schema.json",
                                "/properties/part/$ref",
                                "widget.schema.json#/$defs/Nope does not exist")),
                bad(
                        "missing-anchor-ref",
                        error(
                                DiagnosticCode.UNRESOLVABLE_REF,
                                "widget.schema.json",
                                "/properties/part/$ref",
                                "no $anchor 'nope' in widget.schema.json")),
                bad(
                        "ref-cycle",
                        error(
                                DiagnosticCode.REF_CYCLE,
                                "widget.schema.json",
                                "/$defs/A",
                                "widget.schema.json#/$defs/A -> widget.schema.json#/$defs/B -> widget.schema.json#/$defs/A")),
                bad(
                        "self-ref-cycle",
                        error(DiagnosticCode.REF_CYCLE, "widget.schema.json", "/$defs/Loop", "$ref cycle")),
                bad(
                        "duplicate-id",
                        error(
                                DiagnosticCode.DUPLICATE_ID,
                                "second.schema.json",
                                "/$id",
                                "'https://example.com/schemas/widget.schema.json' is also declared at first.schema.json#/$id")),
                bad(
                        "duplicate-anchor",
                        error(
                                DiagnosticCode.DUPLICATE_ID,
                                "widget.schema.json",
                                "/$defs/Spare/$anchor",
                                "'widget.schema.json#part' is also declared at widget.schema.json#/$defs/Part/$anchor")),
                bad(
                        "name-collision",
                        error(
                                DiagnosticCode.NAME_COLLISION,
                                "widget.schema.json",
                                "/$defs/foo_bar",
                                "'FooBar' is also wanted by widget.schema.json#/$defs/foo-bar")),
                bad(
                        "unsupported-draft",
                        error(DiagnosticCode.UNSUPPORTED_DRAFT, "widget.schema.json", "/$schema", "draft-03")),
                bad(
                        "union-self-ref",
                        // B was flattened into A while A was analysed, so A's loop reads A -> A
                        error(
                                DiagnosticCode.REF_CYCLE,
                                "widget.schema.json",
                                "/$defs/A",
                                "no object in between: widget.schema.json#/$defs/A -> widget.schema.json#/$defs/A"),
                        error(
                                DiagnosticCode.REF_CYCLE,
                                "widget.schema.json",
                                "/$defs/B",
                                "widget.schema.json#/$defs/B -> widget.schema.json#/$defs/A -> widget.schema.json#/$defs/A"),
                        error(
                                DiagnosticCode.REF_CYCLE,
                                "widget.schema.json",
                                "/$defs/V",
                                "widget.schema.json#/$defs/V -> widget.schema.json#/$defs/V")),
                bad(
                        "unknown-draft",
                        error(
                                DiagnosticCode.UNSUPPORTED_DRAFT,
                                "widget.schema.json",
                                "/$schema",
                                "unknown $schema 'https://example.com/my-meta'")),
                bad(
                        "unsupported-keyword",
                        error(
                                DiagnosticCode.UNSUPPORTED_KEYWORD,
                                "widget.schema.json",
                                "/properties/size/$dynamicRef",
                                "'$dynamicRef'")),
                bad(
                        "ref-with-siblings",
                        error(
                                DiagnosticCode.MERGE_CONFLICT,
                                "widget.schema.json",
                                "/properties/part/type",
                                "conflicts with the object schemas merged here")),
                bad(
                        "object-and-array",
                        error(
                                DiagnosticCode.MERGE_CONFLICT,
                                "widget.schema.json",
                                "/properties/tags",
                                "widget.schema.json#/properties/tags/allOf/0 and widget.schema.json#/properties/tags/allOf/1")),
                bad(
                        "invalid-type",
                        error(
                                DiagnosticCode.INVALID_SCHEMA,
                                "widget.schema.json",
                                "/properties/count/type",
                                "'type' must be a string or an array of strings"),
                        error(
                                DiagnosticCode.INVALID_SCHEMA,
                                "widget.schema.json",
                                "/properties/name/type",
                                "unknown type 'strnig'")),
                // Three problems in two files, found in another order (zeta before alpha), reported sorted.
                bad(
                        "several-errors",
                        error(
                                DiagnosticCode.UNSUPPORTED_KEYWORD,
                                "gadget.schema.json",
                                "/properties/size/$dynamicRef",
                                "'$dynamicRef'"),
                        error(
                                DiagnosticCode.UNRESOLVABLE_REF,
                                "widget.schema.json",
                                "/properties/alpha/$ref",
                                "missing.schema.json"),
                        error(
                                DiagnosticCode.INVALID_SCHEMA,
                                "widget.schema.json",
                                "/properties/zeta/type",
                                "unknown type 'strnig'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badCorpusReportsEachErrorPrecisely(Case bad) {
        Path folder = invalid(bad.folder());
        assertThat(folder).as("fixture folder").isDirectory();

        List<Diagnostic> errors = errorsOf(folder);

        assertThat(errors)
                .extracting(BadCorpusTest::summary)
                .containsExactlyElementsOf(
                        bad.errors().stream().map(Expected::toString).toList());
        for (int i = 0; i < errors.size(); i++) {
            Diagnostic actual = errors.get(i);
            Expected expected = bad.errors().get(i);
            assertThat(actual.severity()).isEqualTo(Severity.ERROR);
            assertThat(actual.location()).contains(expected.location());
            assertThat(actual.message()).as("message of %s", expected).contains(expected.fragment());
            assertThat(actual.message())
                    .as("messages never show where the corpus lives")
                    .doesNotContain(folder.toString());
            assertThat(actual.hint()).as("hint of %s", expected).isNotBlank();
            assertThat(actual.render()).startsWith("ERROR [" + expected.code() + "] " + expected.location() + ": ");
        }
    }

    @Test
    void aRefLeavingTheCorpusIsRefusedEvenWhenTheFileExists(@TempDir Path temp) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(
                temp.resolve("outside.schema.json"),
                "{\"title\": \"Outside\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}");
        Files.writeString(
                corpus.resolve("widget.schema.json"),
                "{\"title\": \"Widget\", \"type\": \"object\","
                        + " \"properties\": {\"outside\": {\"$ref\": \"../outside.schema.json\"}}}");

        List<Diagnostic> errors = errorsOf(corpus);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(DiagnosticCode.REF_OUTSIDE_CORPUS);
            assertThat(e.location())
                    .contains(new SourceLocation("widget.schema.json", JsonPointer.parse("/properties/outside/$ref")));
            assertThat(e.message()).contains("../outside.schema.json").doesNotContain(temp.toString());
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void aMissingCorpusFolderIsACorpusIoError(@TempDir Path temp) {
        Path missing = temp.resolve("no-such-folder");

        List<Diagnostic> errors = errorsOf(missing);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(DiagnosticCode.CORPUS_IO);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.location()).isEmpty();
            assertThat(e.message()).contains("no-such-folder").contains("does not exist");
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void aFolderWithoutSchemasIsACorpusIoError(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "not a schema");

        List<Diagnostic> errors = errorsOf(temp);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(DiagnosticCode.CORPUS_IO);
            assertThat(e.location()).isEmpty();
            assertThat(e.message()).contains("no *.json schema files");
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void warningsDoNotStopGeneration() throws GenerationException {
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(invalid("warnings-only"), PACKAGE)
                        .build());

        assertThat(result.files()).extracting(GeneratedFile::relativePath).contains("com/example/bad/Widget.java");
        // "exmaple" is a typo worth a did-you-mean; the x-foo extension keyword is silent.
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(DiagnosticCode.UNKNOWN_KEYWORD);
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.location())
                    .contains(new SourceLocation("widget.schema.json", JsonPointer.parse("/properties/name/exmaple")));
            assertThat(w.message()).contains("'exmaple'").endsWith("keyword; it is ignored");
            assertThat(w.hint()).contains("Did you mean 'examples'?").contains("x-");
        });
    }

    @Test
    void strictTurnsUnknownKeywordsIntoErrorsButExtensionKeywordsStaySilent() {
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> new Generator()
                        .generate(GeneratorConfig.builder(invalid("warnings-only"), PACKAGE)
                                .strict(true)
                                .build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.diagnostics()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(DiagnosticCode.UNKNOWN_KEYWORD);
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.location())
                    .contains(new SourceLocation("widget.schema.json", JsonPointer.parse("/properties/name/exmaple")));
            assertThat(e.hint()).contains("Did you mean 'examples'?").contains("strict");
            // an error is not "ignored": the message says what strict mode does with it
            assertThat(e.message()).endsWith("keyword; strict mode refuses it").doesNotContain("ignored");
        });
    }

    @Test
    void validatorsAloneWarnAndAreStrictExactlyAsRecordsAre() throws GenerationException {
        GeneratorConfig config =
                GeneratorConfig.builder(invalid("warnings-only"), PACKAGE).build();

        GenerationResult lenient = new Generator().generateValidators(config);
        GenerationException strict = catchThrowableOfType(
                GenerationException.class,
                () -> new Generator()
                        .generateValidators(config.toBuilder().strict(true).build()));

        assertThat(lenient.warnings())
                .extracting(w -> w.code() + " " + w.location().orElseThrow())
                .containsExactly("UNKNOWN_KEYWORD widget.schema.json#/properties/name/exmaple");
        assertThat(lenient.warnings())
                .isEqualTo(new Generator().generate(config).warnings());
        assertThat(strict).isNotNull();
        assertThat(strict.diagnostics())
                .extracting(d -> d.severity() + " " + d.code())
                .containsExactly("ERROR UNKNOWN_KEYWORD");
    }

    @Test
    void aCorpusWithErrorsYieldsNoResultAndTheExceptionShowsEveryError() {
        AtomicReference<GenerationResult> result = new AtomicReference<>();
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> result.set(new Generator()
                        .generate(GeneratorConfig.builder(invalid("several-errors"), PACKAGE)
                                .build())));

        // Generator only returns files in memory: throwing means no GenerationResult, hence no files.
        assertThat(thrown).isNotNull();
        assertThat(result.get()).isNull();
        assertThat(thrown.getMessage().lines().filter(l -> l.startsWith("ERROR ")))
                .containsExactly(
                        "ERROR [UNSUPPORTED_KEYWORD] gadget.schema.json#/properties/size/$dynamicRef: '$dynamicRef' is not supported by the generator yet",
                        "ERROR [UNRESOLVABLE_REF] widget.schema.json#/properties/alpha/$ref: $ref names a file that is not in the schema folder: missing.schema.json",
                        "ERROR [INVALID_SCHEMA] widget.schema.json#/properties/zeta/type: unknown type 'strnig'");
    }

    private static Path invalid(String folder) {
        return Locations.fixtures().resolve("invalid").resolve(folder);
    }

    private static String summary(Diagnostic d) {
        return d.code() + " " + d.location().map(Object::toString).orElse("<no location>");
    }

    private static GenerationException exceptionOf(Path folder) {
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> new Generator()
                        .generate(GeneratorConfig.builder(folder, PACKAGE).build()));
        assertThat(thrown)
                .as("generate(%s) must throw GenerationException", folder)
                .isNotNull();
        return thrown;
    }

    private static List<Diagnostic> errorsOf(Path folder) {
        return exceptionOf(folder).diagnostics().stream()
                .filter(Diagnostic::isError)
                .toList();
    }
}
