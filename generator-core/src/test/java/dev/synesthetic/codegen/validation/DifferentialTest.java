package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.networknt.schema.Error;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.naming.Identifiers;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test: our generated validators (with format assertion on) against networknt
 * json-schema-validator on the Synesthetic examples and on the mutations in
 * {@code differential/mutations.tsv}. For each, both verdicts must be equal and equal to the row's;
 * for an invalid row our violations must include the expected keyword at the expected JSON
 * Pointer, lie nowhere else than there or at an enclosing value (an {@code anyOf} above it), and
 * networknt must report an error at that pointer too.
 *
 * <p>Duplicate keys: a document that repeats a key is not one JSON value we will judge; our
 * readers (schema loader, {@code validate}) refuse it before validating (checked on
 * {@code JsonTrees}, the loader's reader). networknt reads it as Jackson does, keeping the last occurrence; both validators are
 * compared on that last-wins reading, and the row gives its verdict.
 */
class DifferentialTest {
    private static final String PACKAGE = "dev.synesthetic.schema";
    private static final String ID_PREFIX = "https://schemas.synesthetic.dev/0.7.3/";
    private static final Path EXAMPLES = Locations.shared().resolve("synesthetic-schemas/examples");
    /** Last occurrence of a repeated key wins, as in networknt's reading. */
    private static final ObjectMapper LENIENT = SuiteRunner.MAPPER;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static ClassLoader loader;
    private static ReferenceValidator reference;
    /** Example file → its JSON without the root {@code "$schema"}. */
    private static final Map<String, JsonNode> examples = new TreeMap<>();

    private static final Map<String, String> schemaOf = new TreeMap<>();

    @BeforeAll
    static void generateCompileAndRead() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE)
                .emit(Emit.RECORDS_AND_VALIDATORS)
                .formatAssertions(true)
                .build();
        Compilation compilation = InMemoryJava.compile(
                new Generator().generate(config).files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
        reference = new ReferenceValidator(ID_PREFIX, Locations.synestheticSchemas());
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode json = (ObjectNode) STRICT.readTree(file.toFile());
                schemaOf.put(
                        file.getFileName().toString(),
                        json.remove("$schema").textValue().replaceFirst(".*/", ""));
                examples.put(file.getFileName().toString(), json);
            }
        }
    }

    @Test
    void everyExampleIsValidForBoth() throws Exception {
        assertThat(examples).hasSize(15);
        for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
            String text = example.getValue().toString();
            String schema = schemaOf.get(example.getKey());
            assertThat(validator(schema).locate(LENIENT.readValue(text, Object.class)))
                    .as(example.getKey())
                    .isEmpty();
            assertThat(reference.validate(schema, text)).as(example.getKey()).isEmpty();
        }
    }

    @Test
    void theCorpusIsLargeAndCoversEveryOperation() throws IOException {
        List<Mutation> mutations = Mutation.all();
        assertThat(mutations).hasSizeGreaterThanOrEqualTo(60);
        assertThat(mutations.stream().map(Mutation::op).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Mutation.Op.class));
        assertThat(mutations.stream().map(Mutation::example).collect(Collectors.toSet()))
                .isSubsetOf(examples.keySet())
                .hasSizeGreaterThan(5);
        assertThat(mutations).filteredOn(Mutation::valid).hasSizeGreaterThan(10);
        assertThat(mutations.stream().flatMap(m -> m.expectedKeyword().stream()).collect(Collectors.toSet()))
                .contains("required", "type", "enum", "minLength", "false", "format");
    }

    @TestFactory
    Stream<DynamicTest> everyMutationGetsTheSameVerdictFromBoth() throws IOException {
        return Mutation.all().stream().map(m -> DynamicTest.dynamicTest(m.toString(), () -> check(m)));
    }

    private static void check(Mutation mutation) throws Exception {
        String schema = schemaOf.get(mutation.example());
        String text = mutation.apply(examples.get(mutation.example()));
        List<GeneratedValidator.Located> ours = validator(schema).locate(LENIENT.readValue(text, Object.class));
        List<Error> theirs = reference.validate(schema, text);
        String both = "\n ours: " + ours + "\n networknt: "
                + theirs.stream()
                        .map(e -> ReferenceValidator.pointer(e) + " " + e.getKeyword())
                        .toList();

        assertThat(ours.isEmpty()).as(mutation + ": same verdict" + both).isEqualTo(theirs.isEmpty());
        assertThat(ours.isEmpty()).as(mutation + ": the row's verdict" + both).isEqualTo(mutation.valid());
        if (!mutation.valid()) {
            String at = mutation.expectedAt().orElseThrow();
            assertThat(ours)
                    .as(mutation + both)
                    .contains(new GeneratedValidator.Located(
                            at, mutation.expectedKeyword().orElseThrow()));
            assertThat(ours)
                    .as(mutation + ": only at the pointer or a value enclosing it" + both)
                    .allMatch(v -> at.equals(v.instanceLocation()) || at.startsWith(v.instanceLocation() + "/"));
            assertThat(theirs)
                    .as(mutation + ": networknt reports the same pointer" + both)
                    .anyMatch(e -> at.equals(ReferenceValidator.pointer(e)));
        }
        if (mutation.op() == Mutation.Op.DUPLICATE_KEY) {
            // The product's own reader (schemas, settings), not a mapper set up by this test.
            assertThatThrownBy(() -> JsonTrees.parse(text))
                    .as(mutation + ": our readers refuse a repeated key")
                    .isInstanceOf(JsonProcessingException.class)
                    .hasMessageContaining("Duplicate field");
        } else {
            assertThat(STRICT.readValue(text, Object.class)).isEqualTo(LENIENT.readValue(text, Object.class));
        }
    }

    private static GeneratedValidator validator(String schemaFile) throws ReflectiveOperationException {
        return new GeneratedValidator(
                loader, PACKAGE + "." + Identifiers.pascal(schemaFile.replace(".schema.json", "")) + "Validator");
    }
}
