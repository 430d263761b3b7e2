package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.validation.InstanceSchemaKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} writes the validators alone into the runtime's own package (class files straight
 * from the validator model; compiled by javac where that path is kept) and loads them with the jar's
 * runtime classes: the violations are those of the whole generated package compiled as {@code
 * generate} writes it, and runs in one JVM keep their classes apart.
 */
class ValidateOwnRuntimeTest {
    @TempDir
    Path temp;

    private static SchemaCatalog catalog(Path schemas, String packageName) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(schemas, packageName)
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        GenerationResult generated = new Generator().generate(config);
        return new SchemaCatalog(
                CompiledValidators.of(generated, InMemoryCompiler.compile(generated.files())), schemas);
    }

    /** The validators as validate writes them: class files from the validator model, no source. */
    private static SchemaCatalog written(Path schemas) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(schemas, RuntimeSources.PACKAGE)
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        ValidatorSupply.Generated generated =
                ValidatorSupply.Generated.written(new Generator().modelValidators(config), RuntimeSources.PACKAGE);
        return new SchemaCatalog(
                CompiledValidators.of(generated.result(), java.util.Objects.requireNonNull(generated.classes())),
                schemas);
    }

    /** Every string leaf but the root "$schema" becomes a number, or every number a string. */
    private static JsonNode mutated(JsonNode node, UnaryOperator<JsonNode> leaf) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                copy.set(member.getKey(), mutated(member.getValue(), leaf));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(mutated(item, leaf)));
            return copy;
        }
        return leaf.apply(node);
    }

    private static List<Problem> problems(SchemaCatalog catalog, JsonNode document) throws CliFailure {
        String schemaFile = catalog.schemaFor("example", document, null);
        JsonNode json = document.deepCopy();
        if (!catalog.keepsSchemaKey(schemaFile)) {
            ((ObjectNode) json).remove(InstanceSchemaKey.NAME);
        }
        return catalog.validate(schemaFile, json);
    }

    @Test
    void theViolationsAreThoseOfTheWholePackageCompiledAsGenerateWritesIt() throws Exception {
        Path schemas = CliRun.synestheticSchemas();
        SchemaCatalog whole = catalog(schemas, "com.example.synesthetic");
        SchemaCatalog ownRuntime = catalog(schemas, RuntimeSources.PACKAGE);
        SchemaCatalog writtenDirectly = written(schemas);
        List<Path> examples;
        try (Stream<Path> list = Files.list(CliRun.shared().resolve("synesthetic-schemas/examples"))) {
            examples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<JsonNode> documents = new ArrayList<>();
        for (Path example : examples) {
            JsonNode document = JsonTrees.parse(Files.readAllBytes(example));
            JsonNode schema = document.get("$schema");
            documents.add(document);
            documents.add(((ObjectNode) mutated(document, n -> n.isTextual() ? IntNode.valueOf(7) : n))
                    .set("$schema", schema));
            documents.add(((ObjectNode) mutated(document, n -> n.isNumber() ? TextNode.valueOf(n.asText()) : n))
                    .set("$schema", schema));
        }

        int failing = 0;
        for (JsonNode document : documents) {
            List<Problem> expected = problems(whole, document);
            assertThat(problems(ownRuntime, document)).as(document.toString()).isEqualTo(expected);
            assertThat(problems(writtenDirectly, document))
                    .as("written directly: %s", document)
                    .isEqualTo(expected);
            failing += expected.isEmpty() ? 0 : 1;
        }
        assertThat(examples).hasSize(15);
        assertThat(failing).isGreaterThanOrEqualTo(examples.size()); // every string-mutated one at least
    }

    @Test
    void twoRunsInOneJvmWithDifferentCorporaDoNotSeeEachOthersClasses() throws IOException {
        Path strings = corpus("strings", "string");
        Path numbers = corpus("numbers", "number");
        Path ada = Files.writeString(temp.resolve("ada.json"), "{\"name\": \"Ada\"}");

        for (int round = 0; round < 2; round++) {
            for (Path schemas : List.of(strings, numbers)) {
                CliRun run = CliRun.of(
                        "validate",
                        "--schemas",
                        schemas.toString(),
                        "--schema",
                        "thing.schema.json",
                        "--cache-dir",
                        temp.resolve("cache").toString(),
                        ada.toString());
                assertThat(run.exitCode())
                        .as(run.toString())
                        .isEqualTo(schemas == strings ? ExitCodes.OK : ExitCodes.DRIFT);
            }
        }
    }

    private Path corpus(String name, String type) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("thing.schema.json"), """
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "%s"}}}
                """.formatted(type));
        return folder;
    }
}
