package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.testing.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas that {@code $ref} an official meta-schema: with the meta-schema folder mapped by its {@code $id}
 * prefix (a folder outside the schema folder, only what is reached gets code) the validators check
 * schemas; without a mapping the ref is an error that names the flag to pass. Nothing is fetched.
 */
class MetaSchemaMappingTest {
    private static final Path METASCHEMAS = Locations.shared().resolve("json-schema-metaschemas");

    @TempDir
    Path folder;

    @Test
    void aRefToTheOfficialMetaSchemaWithoutAMappingNamesTheFlagToPass() throws Exception {
        write(
                "plugin.schema.json",
                "https://json-schema.org/draft/2020-12/schema",
                "https://json-schema.org/draft/2020-12/schema");
        GenerationException refused = catchThrowableOfType(
                GenerationException.class, () -> new Generator().generateValidators(config(Map.of())));

        assertThat(refused).isNotNull();
        Diagnostic error = refused.diagnostics().get(0);
        assertThat(error.code()).isEqualTo(DiagnosticCode.UNRESOLVABLE_REF);
        assertThat(error.location().orElseThrow()).hasToString("plugin.schema.json#/properties/schema/$ref");
        assertThat(error.message()).contains("https://json-schema.org/draft/2020-12/schema", "meta-schema");
        assertThat(error.hint()).contains("--map-id https://json-schema.org/=DIR", "idPrefixes");
    }

    @Test
    void theDraft07MetaSchemaNeedsTheHttpPrefixMapped() throws Exception {
        write(
                "plugin.schema.json",
                "http://json-schema.org/draft-07/schema#",
                "http://json-schema.org/draft-07/schema#");
        GenerationException refused = catchThrowableOfType(
                GenerationException.class, () -> new Generator().generateValidators(config(Map.of())));

        assertThat(refused.diagnostics().get(0).hint()).contains("--map-id http://json-schema.org/=DIR");
    }

    @Test
    void aMapped2020MetaSchemaValidatesTheSchemasItDescribes() throws Exception {
        write(
                "plugin.schema.json",
                "https://json-schema.org/draft/2020-12/schema",
                "https://json-schema.org/draft/2020-12/schema");
        GenerationResult result =
                new Generator().generateValidators(config(Map.of("https://json-schema.org/", METASCHEMAS)));

        assertThat(result.warnings()).isEmpty();
        // only what the corpus reaches gets code: the meta-schema and its vocabularies, no other draft
        assertThat(result.files())
                .noneMatch(
                        f -> f.relativePath().toLowerCase(java.util.Locale.ROOT).contains("draft07"));
        GeneratedValidator validator = compile(result, result.validators().get("plugin.schema.json"));
        assertThat(validator.validate(plugin("{\"type\": \"object\", \"properties\": {\"n\": {\"minimum\": 1}}}")))
                .isEmpty();
        assertThat(validator.locate(plugin("{\"type\": \"objekt\"}")))
                .extracting(GeneratedValidator.Located::instanceLocation)
                .contains("/schema/type");
        assertThat(validator.isValid(plugin("{\"$defs\": {\"n\": {\"minLength\": -1}}}")))
                .isFalse();
    }

    @Test
    void aMappedDraft07MetaSchemaValidatesTheSchemasItDescribes() throws Exception {
        write(
                "plugin.schema.json",
                "http://json-schema.org/draft-07/schema#",
                "http://json-schema.org/draft-07/schema#");
        GenerationResult result =
                new Generator().generateValidators(config(Map.of("http://json-schema.org/", METASCHEMAS)));

        GeneratedValidator validator = compile(result, result.validators().get("plugin.schema.json"));
        assertThat(validator.isValid(plugin("{\"definitions\": {\"n\": {\"type\": \"integer\"}}}")))
                .isTrue();
        assertThat(validator.isValid(plugin("{\"definitions\": {\"n\": {\"type\": 1}}}")))
                .isFalse();
        assertThat(validator.isValid(plugin("{\"items\": [{\"maxItems\": -2}]}")))
                .isFalse();
    }

    /**
     * A mapped folder is found by the {@code $id}s its files declare, whatever the prefix it is mapped
     * by: the https mapping alone also serves the draft-04 to 07 meta-schemas, whose ids are http.
     */
    @Test
    void theHttpsMappingAloneServesTheDraft04To07MetaSchemasByTheirIds() throws Exception {
        write(
                "plugin.schema.json",
                "http://json-schema.org/draft-07/schema#",
                "http://json-schema.org/draft-07/schema#");
        write(
                "legacy.schema.json",
                "http://json-schema.org/draft-04/schema#",
                "http://json-schema.org/draft-04/schema#");
        GenerationResult result =
                new Generator().generateValidators(config(Map.of("https://json-schema.org/", METASCHEMAS)));

        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17");
        assertThat(compilation.status()).as("%s", compilation.errors()).isEqualTo(Compilation.Status.SUCCESS);
        ClassLoader loader = InMemoryJava.load(compilation);
        for (String file : new String[] {"plugin.schema.json", "legacy.schema.json"}) {
            GeneratedValidator validator =
                    new GeneratedValidator(loader, result.validators().get(file));
            assertThat(validator.isValid(plugin("{\"definitions\": {\"n\": {\"type\": \"integer\"}}}")))
                    .as(file)
                    .isTrue();
            assertThat(validator.isValid(plugin("{\"definitions\": {\"n\": {\"type\": 1}}}")))
                    .as(file)
                    .isFalse();
        }
    }

    private GeneratorConfig config(Map<String, Path> prefixes) {
        return GeneratorConfig.builder(folder, "com.example.meta")
                .idPrefixes(prefixes)
                .build();
    }

    private void write(String file, String draft, String metaSchema) throws Exception {
        Files.writeString(
                folder.resolve(file),
                "{\"$schema\": \"" + draft + "\", \"type\": \"object\", \"required\": [\"schema\"],"
                        + " \"properties\": {\"name\": {\"type\": \"string\"}, \"schema\": {\"$ref\": \"" + metaSchema
                        + "\"}}}");
    }

    private static Object plugin(String schema) throws Exception {
        return SuiteRunner.MAPPER.readValue("{\"name\": \"p\", \"schema\": " + schema + "}", Object.class);
    }

    private static GeneratedValidator compile(GenerationResult result, String validator) throws Exception {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17");
        assertThat(compilation.status()).as("%s", compilation.errors()).isEqualTo(Compilation.Status.SUCCESS);
        return new GeneratedValidator(InMemoryJava.load(compilation), validator);
    }
}
