package dev.synesthetic.codegen.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * allOf shapes the merge once refused or got wrong: a union branch beside object parts, a $ref'd
 * record property refined inline, an object branch beside an array branch.
 */
class MergeGapsTest {
    private static final String D7 =
            "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"title\": \"Widget\", ";

    @TempDir
    Path temp;

    @Test
    void anAllOfWithAOneOfBranchIsASealedUnionWhoseVariantsCarryTheBase() throws Exception {
        GenerationResult result = generate(D7 + "\"allOf\": [{\"$ref\": \"#/definitions/Base\"},"
                + " {\"oneOf\": [{\"$ref\": \"#/definitions/Circle\"}, {\"$ref\": \"#/definitions/Square\"}]}],"
                + " \"definitions\": {"
                + "\"Base\": {\"type\": \"object\", \"required\": [\"id\"], \"properties\": {\"id\": {\"type\": \"string\"}}},"
                + "\"Circle\": {\"type\": \"object\", \"required\": [\"kind\", \"radius\"], \"properties\": {"
                + "\"kind\": {\"const\": \"circle\"}, \"radius\": {\"type\": \"number\"}}},"
                + "\"Square\": {\"type\": \"object\", \"required\": [\"kind\", \"side\"], \"properties\": {"
                + "\"kind\": {\"const\": \"square\"}, \"side\": {\"type\": \"number\"}}}}}");

        String widget = source(result, "Widget.java");
        assertThat(widget).contains("sealed interface Widget").contains("discriminator(");
        List<String> variants = result.files().stream()
                .map(GeneratedFile::content)
                .filter(c -> c.contains("public record") && c.matches("(?s).*implements [^{]*BaseView.*"))
                .toList();
        assertThat(variants).hasSize(3); // Base itself and both variants
        assertThat(variants).anySatisfy(c -> assertThat(c).contains("String id").contains("BigDecimal radius"));
        assertThat(variants).anySatisfy(c -> assertThat(c).contains("String id").contains("BigDecimal side"));
        compile(result);
    }

    @Test
    void anAllOfWithInlinePropertiesAndAnAnyOfBranchIsAUnionOfRecordsWithThoseProperties() throws Exception {
        GenerationResult result = generate(D7 + "\"allOf\": [{\"type\": \"object\", \"required\": [\"name\"],"
                + " \"properties\": {\"name\": {\"type\": \"string\"}}},"
                + " {\"anyOf\": [{\"properties\": {\"url\": {\"type\": \"string\"}}, \"required\": [\"url\"]},"
                + " {\"properties\": {\"path\": {\"type\": \"string\"}}, \"required\": [\"path\"]}]}]}");

        assertThat(source(result, "Widget.java")).contains("sealed interface Widget");
        List<String> records = result.files().stream()
                .map(GeneratedFile::content)
                .filter(c -> c.contains("public record") && c.contains("String name"))
                .toList();
        assertThat(records).anySatisfy(c -> assertThat(c).contains("String url"));
        assertThat(records).anySatisfy(c -> assertThat(c).contains("String path"));
        compile(result);
    }

    @Test
    void aRefdRecordPropertyRefinedInlineIsOneRecordWithTheRefinementsMembers() throws Exception {
        GenerationResult result = generate(D7 + "\"allOf\": [{\"$ref\": \"#/definitions/Base\"},"
                + " {\"properties\": {\"foo\": {\"properties\": {\"x\": {\"type\": \"integer\"}}, \"required\": [\"x\"]}}}],"
                + " \"definitions\": {"
                + "\"Base\": {\"type\": \"object\", \"properties\": {\"foo\": {\"$ref\": \"#/definitions/Foo\"}}},"
                + "\"Foo\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}}}}}");

        assertThat(result.warnings()).noneMatch(Diagnostic::isError);
        String foo = result.files().stream()
                .map(GeneratedFile::content)
                .filter(c -> c.contains("implements FooView") && !c.contains("public record Foo("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record refining Foo"));
        assertThat(foo).contains("@Nullable String name").contains("BigInteger x");
        compile(result);
    }

    @Test
    void twoDifferentRefdRecordsForOnePropertyKeepTheFirstAndWarnNamingBoth() throws Exception {
        GenerationResult result =
                generate(D7 + "\"allOf\": [{\"properties\": {\"foo\": {\"$ref\": \"#/definitions/Foo\"}}},"
                        + " {\"properties\": {\"foo\": {\"$ref\": \"#/definitions/Bar\"}}}],"
                        + " \"definitions\": {"
                        + "\"Foo\": {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}}},"
                        + "\"Bar\": {\"type\": \"object\", \"properties\": {\"size\": {\"type\": \"integer\"}}}}}");

        assertThat(source(result, "Widget.java")).contains("@Nullable Foo foo");
        assertThat(result.warnings())
                .filteredOn(d -> !d.isError() && d.code() == DiagnosticCode.MERGE_CONFLICT)
                .singleElement()
                .satisfies(w -> assertThat(w.message())
                        .contains("widget.schema.json#/allOf/0/properties/foo")
                        .contains("widget.schema.json#/allOf/1/properties/foo"));
    }

    @Test
    void anObjectBranchBesideAnArrayBranchIsAMergeConflictNamingBoth() throws Exception {
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> generate(
                        D7 + "\"type\": \"object\", \"properties\": {\"tags\": {\"allOf\": [{\"type\": \"object\"},"
                                + " {\"type\": \"array\", \"items\": {\"type\": \"string\"}}]}}}"));

        assertThat(thrown).isNotNull();
        assertThat(thrown.diagnostics())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(DiagnosticCode.MERGE_CONFLICT);
                    assertThat(e.message())
                            .contains("widget.schema.json#/properties/tags/allOf/0")
                            .contains("widget.schema.json#/properties/tags/allOf/1");
                });
    }

    @Test
    void aPropertyWithTwoTypesIsAMergeConflictAtTheLaterPropertysPointer() throws Exception {
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> generate(D7 + "\"allOf\": [{\"properties\": {\"size\": {\"type\": \"string\"}}},"
                        + " {\"properties\": {\"size\": {\"type\": \"integer\"}}}]}"));

        assertThat(thrown.diagnostics())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(DiagnosticCode.MERGE_CONFLICT);
                    assertThat(e.location().orElseThrow().toString())
                            .isEqualTo("widget.schema.json#/allOf/1/properties/size");
                    assertThat(e.message())
                            .contains("widget.schema.json#/allOf/0/properties/size")
                            .contains("widget.schema.json#/allOf/1/properties/size");
                });
    }

    private static void compile(GenerationResult result) {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        CompilationSubject.assertThat(compilation).succeeded();
    }

    private GenerationResult generate(String widget) throws Exception {
        Path folder = Files.createTempDirectory(temp, "corpus");
        Files.writeString(folder.resolve("widget.schema.json"), widget);
        return new Generator()
                .generate(GeneratorConfig.builder(folder, "com.example.gaps").build());
    }

    private static String source(GenerationResult result, String file) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow(() -> new AssertionError("no " + file + " in " + result.files()));
    }
}
