package dev.synesthetic.codegen.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patternProperties} (and an {@code additionalProperties} schema) types the members a schema
 * does not list: a {@code Map<String, T>} with T from the pattern schemas, as the whole value when
 * there are no {@code properties}, as the record's additional-members component otherwise.
 */
class PatternPropertiesTest {
    private static final String D7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\", ";
    private static final String PACKAGE = "com.example.patterns";

    @TempDir
    Path temp;

    @Test
    void onePatternAloneIsAMapOfItsType() throws Exception {
        String source = generate(
                "{" + D7 + "\"title\": \"Messages\", \"type\": \"object\","
                        + " \"patternProperties\": {\"^[a-z_]+$\": {\"type\": \"string\"}},"
                        + " \"additionalProperties\": false}",
                "Messages.java");

        assertThat(source).contains("public record Messages(@JsonValue Map<String, String> value)");
    }

    @Test
    void patternsWithoutTypeKeywordStillShapeAMap() throws Exception {
        String source = generate(
                "{" + D7 + "\"title\": \"Counts\", \"patternProperties\": {\"^n\": {\"type\": \"integer\"}}}",
                "Counts.java");

        assertThat(source).contains("Map<String, BigInteger> value");
    }

    @Test
    void patternsBesidePropertiesTypeTheAdditionalMembers() throws Exception {
        String source = generate(
                "{" + D7 + "\"title\": \"Manifest\", \"type\": \"object\","
                        + " \"properties\": {\"name\": {\"type\": \"string\"}},"
                        + " \"patternProperties\": {\"^x-\": {\"type\": \"boolean\"}}, \"additionalProperties\": false}",
                "Manifest.java");

        assertThat(source).contains("Map<String, Boolean> additionalProperties");
        assertThat(source).doesNotContain("allows no additional properties");
    }

    @Test
    void aPatternSchemaReferringBackToItsRecordIsARecursiveRecord() throws Exception {
        String source = generate(
                "{" + D7 + "\"title\": \"Folder\", \"type\": \"object\","
                        + " \"properties\": {\"name\": {\"type\": \"string\"}},"
                        + " \"patternProperties\": {\"^[a-z]+$\": {\"$ref\": \"#\"}}}",
                "Folder.java");

        assertThat(source).contains("Map<String, Folder> additionalProperties");
    }

    @Test
    void equalPatternTypesAreThatTypeAndNumbersWidenToTheLeastPreciseNumber() throws Exception {
        String same = generate(
                "{" + D7 + "\"title\": \"Same\", \"type\": \"object\", \"patternProperties\": {"
                        + "\"^a\": {\"type\": \"string\"}, \"^b\": {\"type\": \"string\", \"minLength\": 1}}}",
                "Same.java");
        String numbers = generate(
                "{" + D7
                        + "\"title\": \"Numbers\", \"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}},"
                        + " \"patternProperties\": {\"^i\": {\"type\": \"integer\"}},"
                        + " \"additionalProperties\": {\"type\": \"number\"}}",
                "Numbers.java");
        String mixed = generate(
                "{" + D7 + "\"title\": \"Mixed\", \"type\": \"object\", \"patternProperties\": {"
                        + "\"^s\": {\"type\": \"string\"}, \"^n\": {\"type\": \"integer\"}}}",
                "Mixed.java");

        assertThat(same).contains("Map<String, String> value");
        assertThat(numbers).contains("Map<String, BigDecimal> additionalProperties");
        assertThat(mixed).contains("Map<String, Object> value");
    }

    private String generate(String schema, String file) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("c" + System.nanoTime()));
        Files.writeString(corpus.resolve("s.schema.json"), schema);
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus, PACKAGE).build());
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow(() -> new AssertionError("no " + file));
    }
}
