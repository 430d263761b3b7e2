package dev.synesthetic.codegen.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How merged object schemas intersect a property named twice, and when a base keeps its interface. */
class MergeRulesTest {
    private static final String D7 =
            "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"title\": \"Widget\", ";
    private static final String D2020 = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", ";
    private static final String D2019 = "{\"$schema\": \"https://json-schema.org/draft/2019-09/schema\", ";

    @TempDir
    Path temp;

    @Test
    void aPropertyWithTwoTypesIsAnErrorNamingBothPointers() throws Exception {
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> generate(D7 + "\"allOf\": [{\"properties\": {\"size\": {\"type\": \"string\"}}},"
                        + " {\"properties\": {\"size\": {\"type\": \"integer\"}}}]}"));

        List<Diagnostic> errors =
                thrown.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.location().orElseThrow().toString()).isEqualTo("widget.schema.json#/allOf/1/properties/size");
            assertThat(e.message())
                    .contains("'size'")
                    .contains("widget.schema.json#/allOf/0/properties/size")
                    .contains("widget.schema.json#/allOf/1/properties/size");
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void compatibleDuplicatesIntersectAndRequiredIsUnited() throws Exception {
        String widget = source(
                generate(D7 + "\"properties\": {\"a\": {\"description\": \"any\"}, \"n\": {\"type\": \"number\"},"
                        + " \"s\": {\"type\": [\"string\", \"null\"]}},"
                        + " \"allOf\": [{\"required\": [\"n\"], \"properties\": {\"a\": {\"type\": \"string\"},"
                        + " \"n\": {\"type\": \"integer\"}, \"s\": {\"type\": \"string\"}}}]}"),
                "Widget.java");

        assertThat(widget)
                .containsSubsequence("@Nullable String a", "BigInteger n", "@Nullable String s")
                .contains("'n' is required");
    }

    @Test
    void unevaluatedPropertiesFalseClosesTheMergedRecordAndItsAbsenceLeavesItOpen() throws Exception {
        String parts = "\"allOf\": [{\"properties\": {\"id\": {\"type\": \"string\"}}},"
                + " {\"properties\": {\"size\": {\"type\": \"integer\"}}}]";
        String closed = source(
                generate(D2019 + "\"title\": \"Widget\", " + parts + ", \"unevaluatedProperties\": false}"),
                "Widget.java");
        String open = source(generate(D2019 + "\"title\": \"Widget\", " + parts + "}"), "Widget.java");

        assertThat(closed).contains("rejectUnknownProperty").doesNotContain("additionalProperties");
        assertThat(open).contains("additionalProperties").doesNotContain("rejectUnknownProperty");
    }

    @Test
    void aBaseStringRefinedToAConstIsTheEnumSoSubtypesOfABaseDispatchOnIt() throws Exception {
        // the OpenAPI inheritance shape: Animal {kind: string}, Cat = allOf [Animal, {kind: const cat}]
        GenerationResult result = generate(D7 + "\"oneOf\": [{\"$ref\": \"#/definitions/Cat\"},"
                + " {\"$ref\": \"#/definitions/Dog\"}], \"definitions\": {"
                + "\"Animal\": {\"type\": \"object\", \"required\": [\"kind\", \"name\"],"
                + " \"properties\": {\"kind\": {\"type\": \"string\"}, \"name\": {\"type\": \"string\"}}},"
                + "\"Cat\": {\"allOf\": [{\"$ref\": \"#/definitions/Animal\"},"
                + " {\"properties\": {\"kind\": {\"const\": \"cat\"}, \"lives\": {\"type\": \"integer\"}}}]},"
                + "\"Dog\": {\"allOf\": [{\"$ref\": \"#/definitions/Animal\"},"
                + " {\"properties\": {\"kind\": {\"const\": \"dog\"}}}]}}}");

        assertThat(source(result, "Cat.java")).doesNotContain("String kind");
        assertThat(source(result, "Widget.java"))
                .contains("discriminator(")
                .contains("\"cat\"")
                .contains("\"dog\"");
    }

    @Test
    void aScalarAllOfIsTheScalarAndAnAssertionOnlyBranchShapesNothing() throws Exception {
        String widget = source(
                generate(D7 + "\"type\": \"object\", \"properties\": {\"label\": {\"allOf\": ["
                        + "{\"$ref\": \"#/definitions/NonEmpty\"}, {\"maxLength\": 10}]}},"
                        + " \"definitions\": {\"NonEmpty\": {\"type\": \"string\", \"minLength\": 1}}}"),
                "Widget.java");

        assertThat(widget).contains("@Nullable String label");
    }

    @Test
    void aMergedRecordThatChangesABasePropertysTypeDoesNotImplementItsInterface() throws Exception {
        GenerationResult result = generate(D7 + "\"allOf\": [{\"$ref\": \"#/definitions/Base\"},"
                + " {\"properties\": {\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"string\"}}}],"
                + " \"definitions\": {\"Base\": {\"type\": \"object\", \"properties\": {\"a\": {}}}}}");

        assertThat(source(result, "Widget.java")).contains("@Nullable String a").doesNotContain("implements");
        assertThat(result.files()).extracting(GeneratedFile::relativePath).noneMatch(p -> p.endsWith("View.java"));
    }

    @Test
    void from2019ARefBesideRequiredIsTheReferencedRecordWithTheNameRequired() throws Exception {
        GenerationResult result = generate(D2019 + "\"title\": \"Order\", \"type\": \"object\","
                + " \"properties\": {\"billTo\": {\"$ref\": \"#/$defs/Address\", \"required\": [\"street\"]}},"
                + " \"$defs\": {\"Address\": {\"type\": \"object\", \"properties\": {\"street\": {\"type\": \"string\"},"
                + " \"city\": {\"type\": \"string\"}}}}}");

        assertThat(source(result, "OrderBillTo.java"))
                .containsSubsequence("String street", "@Nullable String city")
                .contains("'street' is required")
                .contains("implements AddressView");
        assertThat(source(result, "Address.java")).contains("implements AddressView");
    }

    @Test
    void unevaluatedPropertiesFalseLeavesTheRecordOpenWhenOtherKeywordsEvaluateMembers() throws Exception {
        String allOf = "\"allOf\": [{\"properties\": {\"a\": {\"type\": \"string\"}}}]";
        String b = "{\"properties\": {\"b\": {\"type\": \"string\"}}}";
        List<String> evaluators = List.of(
                "\"dependentSchemas\": {\"a\": " + b + "}",
                "\"if\": {\"required\": [\"a\"]}, \"then\": " + b,
                "\"patternProperties\": {\"^b$\": {\"type\": \"string\"}}",
                "\"anyOf\": [" + b + ", {}]",
                "\"additionalProperties\": {\"type\": \"string\"}",
                "\"allOf\": [{\"properties\": {\"a\": {\"type\": \"string\"}}}, {\"oneOf\": [" + b + ", {}]}]",
                "\"allOf\": [{\"properties\": {\"a\": {\"type\": \"string\"}}," + " \"dependentSchemas\": {\"a\": " + b
                        + "}}]");
        String document = "{\"a\":\"1\",\"b\":\"x\"}";
        for (String evaluator : evaluators) {
            String schema = D2020 + "\"title\": \"Widget\", \"type\": \"object\", "
                    + (evaluator.startsWith("\"allOf\"") ? evaluator : allOf + ", " + evaluator)
                    + ", \"unevaluatedProperties\": false}";
            Class<?> widget = compile(generate(schema)).loadClass("com.example.merge.Widget");

            Object bound = ReadmeMapper.jackson2().readValue(document, widget);

            assertThat(ReadmeMapper.jackson2()
                            .valueToTree(bound)
                            .equals(ReadmeMapper.jackson2().readTree(document)))
                    .as(evaluator)
                    .isTrue();
        }
    }

    @Test
    void thenAndElseAreAlternativesSoAPropertyTheyTypeDifferentlyHoldsBoth() throws Exception {
        String widget = source(
                generate(D7 + "\"type\": \"object\", \"properties\": {\"kind\": {\"type\": \"string\"}},"
                        + " \"if\": {\"properties\": {\"kind\": {\"const\": \"n\"}}},"
                        + " \"then\": {\"required\": [\"v\"], \"properties\": {\"v\": {\"type\": \"number\"},"
                        + " \"w\": {\"type\": \"integer\"}}},"
                        + " \"else\": {\"properties\": {\"v\": {\"type\": \"string\"},"
                        + " \"w\": {\"type\": \"number\"}}}}"),
                "Widget.java");

        assertThat(widget).containsSubsequence("@Nullable String kind", "@Nullable Object v", "@Nullable BigDecimal w");
    }

    private static ClassLoader compile(GenerationResult result) {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        CompilationSubject.assertThat(compilation).succeeded();
        return InMemoryJava.load(compilation);
    }

    private GenerationResult generate(String widget) throws Exception {
        Path folder = Files.createTempDirectory(temp, "corpus");
        Files.writeString(folder.resolve("widget.schema.json"), widget);
        return new Generator()
                .generate(GeneratorConfig.builder(folder, "com.example.merge").build());
    }

    private static String source(GenerationResult result, String file) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow(() -> new AssertionError("no " + file + " in " + result.files()));
    }
}
