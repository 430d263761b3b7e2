package dev.synesthetic.codegen.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code $ref} resolution needs no configuration when files declare their own {@code $id}s, on any
 * host; a prefix mapping covers {@code $id}s nobody declares.
 */
class CorpusVariantsTest {
    @TempDir
    Path temp;

    @Test
    void publishedCopyOnAnotherHostGeneratesTheSameCode() throws Exception {
        Path published = Locations.shared().resolve("synesthetic-schemas/published");
        assertThat(Files.readString(published.resolve("tone.schema.json"))).doesNotContain("schemas.synesthetic.dev");

        GenerationResult fromPublished =
                new Generator().generate(GeneratorConfig.builder(published, "p").build());
        GenerationResult fromLive = new Generator()
                .generate(GeneratorConfig.builder(Locations.synestheticSchemas(), "p")
                        .build());

        // Same Java sources; only the manifest differs, since it records each schema's digest ($id included).
        assertThat(javaSources(fromPublished)).isEqualTo(javaSources(fromLive));
        assertThat(javaSources(fromLive))
                // the types, their runtime, a validator per file (9) and the validators' runtime
                .hasSize(46 + RuntimeClasses.RECORD_HELPERS.size() + 9 + RuntimeClasses.VALIDATORS.size());
    }

    static Stream<Path> snapshots() throws IOException {
        try (Stream<Path> folders = Files.list(Locations.shared().resolve("synesthetic-schemas/history"))) {
            List<Path> all = folders.sorted().toList();
            assertThat(all).hasSize(18);
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void everyHistoricalSnapshotGenerates(Path snapshot) throws Exception {
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(snapshot.resolve("jsonschema"), "p")
                        .build());

        assertThat(result.files()).extracting(f -> f.relativePath()).contains("p/Control.java");
    }

    @Test
    void prefixMappingResolvesAnIdNoFileDeclares() throws Exception {
        Files.createDirectories(temp.resolve("vendor"));
        Files.writeString(temp.resolve("vendor/unit.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"symbol": {"type": "string"}}}
        """);
        Files.writeString(temp.resolve("main.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/main.schema.json",
         "type": "object", "properties": {"unit": {"$ref": "https://units.example.org/v1/unit.schema.json"}}}
        """);

        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(temp, "p")
                        .idPrefixes(Map.of("https://units.example.org/v1/", Path.of("vendor")))
                        .build());

        assertThat(result.files()).extracting(f -> f.relativePath()).contains("p/Main.java", "p/Unit.java");
        assertThat(result.files().stream()
                        .filter(f -> f.relativePath().equals("p/Main.java"))
                        .findFirst()
                        .orElseThrow()
                        .content())
                .contains("@Nullable Unit unit");
    }

    private static List<dev.synesthetic.codegen.write.GeneratedFile> javaSources(GenerationResult result) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith(".java"))
                .toList();
    }
}
