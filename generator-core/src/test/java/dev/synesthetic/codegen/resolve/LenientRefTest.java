package dev.synesthetic.codegen.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code $ref} whose fragment is not a strict RFC 3986 fragment ({@code <}, {@code >}, spaces,
 * {@code {}}, {@code |}: common generator output) resolves as the JSON Pointer it spells, for records
 * and validators alike, with one LENIENT_REF warning per {@code $ref} naming the file and pointer.
 */
class LenientRefTest {
    private static final String SCHEMA = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
            + " \"title\": \"Config\", \"type\": \"object\", \"properties\": {"
            + " \"when\": {\"$ref\": \"#/definitions/Conditional<ValueDef>\"},"
            + " \"labels\": {\"$ref\": \"#/definitions/Map<String, Value>\"},"
            + " \"mode\": {\"$ref\": \"#/definitions/{a|b}\"},"
            + " \"encoded\": {\"$ref\": \"#/definitions/Conditional%3CValueDef%3E\"}},"
            + " \"definitions\": {"
            + " \"Conditional<ValueDef>\": {\"type\": \"object\", \"properties\": {\"if\": {\"type\": \"string\"}}},"
            + " \"Map<String, Value>\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}},"
            + " \"{a|b}\": {\"enum\": [\"a\", \"b\"]}}}";

    @TempDir
    Path temp;

    @Test
    void nonStrictFragmentsResolveAsTheirPointerWithOneWarningEach() throws Exception {
        Files.writeString(temp.resolve("config.schema.json"), SCHEMA);

        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example.refs")
                        .emit(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS)
                        .build());

        assertThat(result.warnings())
                .filteredOn(d -> d.code() == DiagnosticCode.LENIENT_REF)
                .extracting(d -> d.location().orElseThrow().toString())
                .containsExactlyInAnyOrder(
                        "config.schema.json#/properties/when/$ref",
                        "config.schema.json#/properties/labels/$ref",
                        "config.schema.json#/properties/mode/$ref");
        assertThat(result.warnings())
                .filteredOn(d -> d.code() == DiagnosticCode.LENIENT_REF)
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("/definitions/Conditional<ValueDef>"));
        String config = source(result, "Config.java");
        assertThat(config).contains("Map<String, BigInteger> labels");
        assertThat(result.files()).anyMatch(f -> f.relativePath().endsWith("ConfigValidator.java"));
    }

    private static String source(GenerationResult result, String file) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow();
    }
}
