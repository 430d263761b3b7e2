package dev.synesthetic.codegen.emit.validator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorForTests;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.testing.SampleSchemas;
import dev.synesthetic.codegen.validation.InMemoryJava;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A validator split across classes behaves as the one-class validator: with a budget so small that
 * every schema gets a class of its own (the most cross-class calls there can be), each corpus's
 * validators compile with every lint an error and give every document the same violations, in the
 * same order, as the validators generated with the default budget.
 */
class SplitValidatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final Path INSTANCES = Locations.golden().resolve("src/test/resources/fixture-instances");

    /**
     * Constants whose lists print alike ({@code ["a, b"]} and {@code ["a", "b"]}): each check keeps
     * its own, in the source as in the class files.
     */
    static final String LOOK_ALIKE_LISTS = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {
               "x": {"type": "object", "required": ["a, b"], "dependentRequired": {"k": ["a, b"]}},
               "y": {"type": "object", "required": ["a", "b"], "dependentRequired": {"k": ["a", "b"]}},
               "s": {"type": "object", "properties": {"a, b": {}}, "additionalProperties": false},
               "t": {"type": "object", "properties": {"a": {}, "b": {}}, "additionalProperties": false},
               "p": {"type": "object", "patternProperties": {"^q, r$": {}}, "additionalProperties": false},
               "q": {"type": "object", "patternProperties": {"^q": {}, "r$": {}}, "additionalProperties": false}}}
            """;

    @TempDir
    static Path temp;

    static Stream<Arguments> corpora() throws IOException {
        Path tree = Files.createDirectories(temp.resolve("tree"));
        Files.writeString(tree.resolve("strict-tree.schema.json"), SampleSchemas.DYNAMIC_TREE);
        Path treeDocuments = Files.createDirectories(temp.resolve("tree-documents"));
        Files.writeString(treeDocuments.resolve("ok.json"), "{\"children\": [{\"data\": 2}, {\"children\": []}]}");
        Files.writeString(treeDocuments.resolve("extra.json"), "{\"children\": [{\"daat\": 1}]}");
        Files.writeString(treeDocuments.resolve("small.json"), "{\"data\": 1, \"children\": [{\"data\": 0}]}");
        Path alike = Files.createDirectories(temp.resolve("alike"));
        Files.writeString(alike.resolve("alike.schema.json"), LOOK_ALIKE_LISTS);
        Path alikeDocuments = Files.createDirectories(temp.resolve("alike-documents"));
        Files.writeString(
                alikeDocuments.resolve("ok.json"),
                "{\"x\": {\"a, b\": 1, \"k\": 0}, \"y\": {\"a\": 1, \"b\": 2, \"k\": 0},"
                        + " \"s\": {\"a, b\": 1}, \"t\": {\"a\": 1, \"b\": 2},"
                        + " \"p\": {\"q, r\": 1}, \"q\": {\"qx\": 1, \"xr\": 2}}");
        Files.writeString(
                alikeDocuments.resolve("swapped.json"),
                "{\"x\": {\"a\": 1, \"b\": 2, \"k\": 0}, \"y\": {\"a, b\": 1, \"k\": 0},"
                        + " \"s\": {\"a\": 1, \"b\": 2}, \"t\": {\"a, b\": 1},"
                        + " \"p\": {\"qx\": 1, \"xr\": 2}, \"q\": {\"q, r\": 1, \"x\": 0}}");
        return Stream.of(
                Arguments.of(alike, alikeDocuments),
                Arguments.of(
                        Locations.synestheticSchemas(), Locations.shared().resolve("synesthetic-schemas/examples")),
                Arguments.of(
                        Locations.fixtures().resolve("validator-keywords"), INSTANCES.resolve("validator-keywords")),
                Arguments.of(Locations.fixtures().resolve("allof"), INSTANCES.resolve("allof")),
                Arguments.of(Locations.fixtures().resolve("oneof"), INSTANCES.resolve("oneof")),
                Arguments.of(Locations.fixtures().resolve("arrays"), INSTANCES.resolve("arrays")),
                Arguments.of(tree, treeDocuments));
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void aValidatorSplitIntoOneClassPerSchemaGivesTheSameViolations(Path schemas, Path documents) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(schemas, "p")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        GenerationResult whole = new GeneratorForTests(new CorpusLoader()).generate(config);
        GenerationResult split =
                new GeneratorForTests(new CorpusLoader(), new ValidatorEmitter(new PartBudget(1, 1))).generate(config);

        assertThat(split.validators()).isEqualTo(whole.validators());
        assertThat(split.files().stream().filter(f -> f.content().contains("static final class Part1 ")))
                .as("every file of more than one schema is split")
                .isNotEmpty();
        Map<String, byte[]> wholeCompiled = compile(whole);
        ClassLoader wholeClasses = InMemoryJava.load(wholeCompiled);
        ClassLoader splitClasses = InMemoryJava.load(compile(split));
        ModelledValidators modelled = new Generator().modelValidators(config);
        Map<String, byte[]> directSplit =
                new BytecodeEmitter(new PartBudget(1, 1)).emit(modelled.model(), modelled.companions(), "p");
        assertThat(directSplit.keySet()).as("the class files are split too").anyMatch(n -> n.endsWith("$Part1"));
        List<ClassLoader> direct = List.of(
                besideTheRuntime(
                        wholeCompiled, new BytecodeEmitter().emit(modelled.model(), modelled.companions(), "p")),
                besideTheRuntime(wholeCompiled, directSplit));
        List<Path> files = documents(documents);
        assertThat(files).isNotEmpty();
        int violations = 0;
        for (Path file : files) {
            Object json = MAPPER.readValue(file.toFile(), Object.class);
            for (Map.Entry<String, String> validator : whole.validators().entrySet()) {
                List<String> expected = validate(wholeClasses, validator.getValue(), json);
                assertThat(validate(splitClasses, validator.getValue(), json))
                        .as("%s against %s", file.getFileName(), validator.getKey())
                        .isEqualTo(expected);
                for (ClassLoader written : direct) {
                    assertThat(validate(written, validator.getValue(), json))
                            .as("%s against %s, written directly", file.getFileName(), validator.getKey())
                            .isEqualTo(expected);
                }
                violations += expected.size();
            }
        }
        assertThat(violations)
                .as("some documents fail, so violations are compared too")
                .isPositive();
    }

    private static Map<String, byte[]> compile(GenerationResult result) {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        return InMemoryJava.classes(compilation);
    }

    /** The directly written validators in place of the compiled ones, beside the compiled runtime of their package. */
    private static ClassLoader besideTheRuntime(Map<String, byte[]> compiled, Map<String, byte[]> written) {
        Map<String, byte[]> classes = new HashMap<>(compiled);
        classes.putAll(written);
        return InMemoryJava.load(classes);
    }

    private static List<String> validate(ClassLoader loader, String className, Object json) throws Exception {
        try {
            List<?> violations = (List<?>) loader.loadClass(className)
                    .getMethod("validate", Object.class)
                    .invoke(null, json);
            List<String> strings = new ArrayList<>();
            violations.forEach(v -> strings.add(v.toString()));
            return strings;
        } catch (InvocationTargetException e) {
            throw new AssertionError(className + " threw", e.getCause());
        }
    }

    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
