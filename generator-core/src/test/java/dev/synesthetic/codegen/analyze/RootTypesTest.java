package dev.synesthetic.codegen.analyze;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file root gets a Java type: a root that is not an object, an enum or a union becomes a
 * named single-value record; a root {@code $ref} is the type it refers to; a root that constrains
 * nothing and defines nothing is an error naming the file, never a run that writes no type.
 */
class RootTypesTest {
    private static final String D7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\", ";
    private static final String D2020 = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", ";
    private static final String PACKAGE = "com.example.roots";

    @TempDir
    Path temp;

    @Test
    void anArrayOfObjectsRootIsARecordWrappingTheListAndItsItemsAreNamedFromIt() throws Exception {
        GenerationResult result = generate(
                Map.of(
                        "redirects.schema.json",
                        "{" + D7 + "\"type\": \"array\","
                                + " \"items\": {\"type\": \"object\", \"required\": [\"from\"], \"properties\": {\"from\": {\"type\": \"string\"}}}}"));

        assertThat(result.rootRecords()).containsExactly(Map.entry("redirects.schema.json", PACKAGE + ".Redirects"));
        assertThat(source(result, "Redirects.java"))
                .contains("public record Redirects(@JsonValue List<RedirectsItem> value)")
                .contains("@JsonCreator(\n      mode = JsonCreator.Mode.DELEGATING\n  )")
                .contains("public static Redirects fromJsonValue(@Nullable Object json)");
        assertThat(source(result, "RedirectsItem.java")).contains("public record RedirectsItem(");
    }

    @Test
    void aMapOfObjectsRootIsARecordWrappingTheMap() throws Exception {
        GenerationResult result = generate(Map.of(
                "services.schema.json",
                "{" + D2020 + "\"title\": \"Services\","
                        + " \"type\": \"object\", \"additionalProperties\": {\"type\": \"object\","
                        + " \"properties\": {\"image\": {\"type\": \"string\"}}}}"));

        assertThat(result.rootRecords()).containsEntry("services.schema.json", PACKAGE + ".Services");
        assertThat(source(result, "Services.java"))
                .contains("public record Services(@JsonValue Map<String, ServicesValue> value)");
        assertThat(source(result, "ServicesValue.java")).contains("@Nullable String image");
    }

    @Test
    void scalarRootsGetATypeEachAndAnEnumRootIsItsEnum() throws Exception {
        GenerationResult result = generate(Map.of(
                "released-at.schema.json", "{" + D7 + "\"type\": \"string\", \"format\": \"date-time\"}",
                "channel.schema.json", "{" + D7 + "\"type\": \"string\", \"enum\": [\"stable\", \"beta\"]}",
                "anything.schema.json", "{" + D7 + "\"type\": \"object\"}"));

        assertThat(result.rootRecords())
                .containsExactly(
                        Map.entry("anything.schema.json", PACKAGE + ".Anything"),
                        Map.entry("channel.schema.json", PACKAGE + ".Channel"),
                        Map.entry("released-at.schema.json", PACKAGE + ".ReleasedAt"));
        assertThat(source(result, "ReleasedAt.java"))
                .contains("public record ReleasedAt(@JsonValue OffsetDateTime value)");
        assertThat(source(result, "Anything.java")).contains("(@JsonValue Map<String, @Nullable Object> value)");
    }

    @Test
    void aRootRefIsTheTypeItRefersToAndAnAnyOfRootIsItsUnion() throws Exception {
        GenerationResult result = generate(Map.of(
                "manifest.schema.json",
                        "{" + D7 + "\"$ref\": \"#/definitions/manifest\", \"definitions\": {\"manifest\":"
                                + " {\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}}}}}",
                "setting.schema.json", "{" + D7 + "\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}"));

        assertThat(result.rootRecords())
                .containsExactly(
                        Map.entry("manifest.schema.json", PACKAGE + ".Manifest"),
                        Map.entry("setting.schema.json", PACKAGE + ".Setting"));
        assertThat(result.files())
                .extracting(GeneratedFile::relativePath)
                .noneMatch(p -> p.endsWith("ManifestSchema.java"));
    }

    @Test
    void aRootThatConstrainsNothingAndDefinesNothingIsAnErrorNamingTheFile() throws IOException {
        Path corpus = corpus(Map.of(
                "anything.schema.json",
                "{" + D7 + "\"description\": \"any JSON at all\"}",
                "ok.schema.json",
                "{" + D7 + "\"type\": \"string\"}"));

        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> new Generator()
                        .generate(GeneratorConfig.builder(corpus, PACKAGE).build()));

        assertThat(thrown).as("a root with no type must not pass silently").isNotNull();
        List<Diagnostic> errors =
                thrown.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors)
                .extracting(d -> d.code() + " " + d.location().orElseThrow())
                .containsExactly("ROOT_WITHOUT_TYPE anything.schema.json#");
        assertThat(errors.get(0).message()).contains("anything.schema.json");
        assertThat(errors.get(0).hint()).isNotBlank();
    }

    @Test
    void onlyNullIsANullableObjectWhetherTypeConstOrEnumSaysItAndANullRootGetsAValueType() throws Exception {
        GenerationResult result = generate(Map.of(
                "nothing.schema.json", "{" + D7 + "\"type\": \"null\"}",
                "cleared.schema.json",
                        "{" + D2020 + "\"title\": \"Cleared\", \"type\": \"object\", \"properties\": {"
                                + "\"byType\": {\"type\": \"null\"}, \"byConst\": {\"const\": null},"
                                + " \"byEnum\": {\"enum\": [null]}}}"));

        assertThat(result.rootRecords()).containsEntry("nothing.schema.json", PACKAGE + ".Nothing");
        assertThat(source(result, "Nothing.java")).contains("(@JsonValue @Nullable Object value)");
        assertThat(source(result, "Cleared.java"))
                .containsSubsequence("Optional<Object> byType", "Optional<Object> byConst", "Optional<Object> byEnum");
    }

    @Test
    void aFileOfDefinitionsOnlyHasNoRootTypeAndNoError() throws Exception {
        GenerationResult result = generate(
                Map.of(
                        "common.schema.json",
                        "{" + D7 + "\"definitions\": {"
                                + "\"id\": {\"type\": \"string\"}, \"point\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"number\"}}}}}"));

        assertThat(result.rootRecords()).isEmpty();
        assertThat(source(result, "Point.java")).contains("public record Point(");
    }

    private Path corpus(Map<String, String> files) throws IOException {
        Path folder = Files.createTempDirectory(temp, "corpus");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private GenerationResult generate(Map<String, String> files) throws Exception {
        return new Generator()
                .generate(GeneratorConfig.builder(corpus(files), PACKAGE).build());
    }

    private static String source(GenerationResult result, String file) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow(() -> new AssertionError("no " + file + " among "
                        + result.files().stream()
                                .map(GeneratedFile::relativePath)
                                .toList()));
    }
}
