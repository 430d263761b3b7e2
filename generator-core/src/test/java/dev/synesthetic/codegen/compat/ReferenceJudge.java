package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * networknt json-schema-validator over one schema folder, as an independent judge of compat's
 * counterexamples: every file is served under its root {@code $id} (else its file URI) from the
 * folder itself, nothing is fetched, formats are asserted as compat's prover asserts them.
 */
final class ReferenceJudge {
    private final SchemaRegistry registry;
    private final Map<String, String> iriOfFile = new HashMap<>();

    ReferenceJudge(Path folder) throws IOException {
        Map<String, String> byIri = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            String id = JsonTrees.parse(text).path("$id").asText("");
            String iri = id.isEmpty() ? file.toUri().toString() : id;
            byIri.put(iri, text);
            iriOfFile.put(folder.relativize(file).toString().replace('\\', '/'), iri);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(byIri::get));
    }

    boolean valid(String file, JsonNode document) {
        String iri = iriOfFile.get(file);
        if (iri == null) {
            throw new IllegalArgumentException("no schema file " + file);
        }
        return registry.getSchema(SchemaLocation.of(iri))
                .validate(document.toString(), InputFormat.JSON)
                .isEmpty();
    }
}
