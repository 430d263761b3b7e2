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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema that contains itself through the items of an array or the values of a map is a plain
 * recursive record when a record lies on the loop; a loop with no record on it has no Java type.
 */
class CollectionRecursionTest {
    private static final String D7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\", ";
    private static final String PACKAGE = "com.example.recursion";

    @TempDir
    Path temp;

    @Test
    void anArrayWhoseItemsReferBackToTheArrayIsAListOfRecursiveRecords() throws Exception {
        GenerationResult result = generate(
                "{" + D7 + "\"type\": \"object\", \"properties\": {\"nodes\": {\"$ref\": \"#/definitions/Nodes\"}},"
                        + " \"definitions\": {\"Nodes\": {\"type\": \"array\", \"items\": {\"type\": \"object\","
                        + " \"properties\": {\"name\": {\"type\": \"string\"},"
                        + " \"children\": {\"$ref\": \"#/definitions/Nodes\"}}}}}}");

        assertThat(source(result, "NodesItem.java"))
                .contains("@Nullable List<NodesItem> children")
                .contains("@Nullable String name");
        assertThat(source(result, "Tree.java")).contains("@Nullable List<NodesItem> nodes");
    }

    @Test
    void aMapWhoseValuesReferBackToTheMapIsAMapOfRecursiveRecords() throws Exception {
        GenerationResult result = generate("{" + D7 + "\"type\": \"object\","
                + " \"properties\": {\"menus\": {\"$ref\": \"#/definitions/Menus\"}},"
                + " \"definitions\": {\"Menus\": {\"type\": \"object\", \"additionalProperties\":"
                + " {\"type\": \"object\", \"required\": [\"label\"], \"properties\": {\"label\": {\"type\": \"string\"},"
                + " \"submenus\": {\"$ref\": \"#/definitions/Menus\"}}}}}}");

        assertThat(source(result, "MenusValue.java"))
                .contains("@Nullable Map<String, MenusValue> submenus")
                .contains("String label");
        assertThat(source(result, "Tree.java")).contains("@Nullable Map<String, MenusValue> menus");
    }

    @Test
    void anArrayOfItselfWithNoRecordOnTheLoopIsStillACycle() throws IOException {
        GenerationException thrown = catchThrowableOfType(
                GenerationException.class,
                () -> generate(
                        "{" + D7 + "\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/definitions/A\"}},"
                                + " \"definitions\": {\"A\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/A\"}}}}"));

        assertThat(thrown).isNotNull();
        assertThat(thrown.diagnostics())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.code() + " " + d.location().orElseThrow())
                .containsExactly("REF_CYCLE tree.schema.json#/definitions/A");
    }

    private GenerationResult generate(String schema) throws IOException, GenerationException {
        Path folder = Files.createTempDirectory(temp, "corpus");
        Files.writeString(folder.resolve("tree.schema.json"), schema);
        return new Generator().generate(GeneratorConfig.builder(folder, PACKAGE).build());
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
