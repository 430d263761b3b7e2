package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated validators on the Synesthetic corpus (next to the records, lint-clean) and on hostile
 * input: every example validates, each violation names where it is, nesting cannot overflow the stack.
 */
class GeneratedValidatorsTest {
    private static final String PACKAGE = "dev.synesthetic.schema";
    private static List<GeneratedFile> files;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        files = new Generator()
                .generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE)
                        .emit(Emit.RECORDS_AND_VALIDATORS)
                        .build())
                .files();
        Compilation compilation = InMemoryJava.compile(files, "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    @Test
    void everySynestheticExampleIsValid() throws Exception {
        List<Path> examples;
        try (Stream<Path> list = Files.list(Locations.shared().resolve("synesthetic-schemas/examples"))) {
            examples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSize(15);
        for (Path example : examples) {
            Map<String, Object> json = read(example);
            String schemaFile = ((String) json.remove("$schema")).replaceFirst(".*/", "");
            GeneratedValidator validator = validatorFor(schemaFile);
            assertThat(validator.validate(json))
                    .as(example.getFileName().toString())
                    .isEmpty();
            assertThat(validator.isValid(json)).isTrue();
        }
    }

    @Test
    void violationsNameInstanceKeywordAndSchemaLocation() throws Exception {
        Map<String, Object> bundle =
                read(Locations.shared().resolve("synesthetic-schemas/examples/Control-Bundle_Example.json"));
        bundle.remove("$schema");
        bundle.remove("name");
        bundle.put("unknown", 1);
        firstParameter(bundle).put("label", 3);
        GeneratedValidator validator = validatorFor("control-bundle.schema.json");

        List<String> violations = validator.validate(bundle);

        assertThat(violations)
                .containsExactly(
                        "(root): missing required property 'name' [required at control-bundle.schema.json#/required]",
                        "/control_parameters/0/label: must be string [type at control.schema.json#/properties/label/type]",
                        "/unknown: unknown property 'unknown' (additionalProperties is false) [false at control-bundle.schema.json#/additionalProperties]");
        assertThat(validator.validate(bundle)).isEqualTo(violations); // stable
        assertThat(validator.validateFailFast(bundle)).containsExactly(violations.get(0));
        assertThat(validator.isValid(bundle)).isFalse();
    }

    @Test
    void aFailedAnyOfPointsInsideTheOneBranchThatFitsTheValue() throws Exception {
        Map<String, Object> asset =
                read(Locations.shared().resolve("synesthetic-schemas/examples/SynestheticAsset_Example1.json"));
        asset.remove("$schema");
        @SuppressWarnings("unchecked")
        Map<String, Object> control = (Map<String, Object>) asset.get("control");
        firstParameter(control).put("label", 3);
        asset.put("description", 5);
        GeneratedValidator validator = validatorFor("synesthetic-asset.schema.json");

        // control: anyOf [{$ref control-bundle}, {type: null}] and an object: only the first branch fits
        // it, so its violations are the explanation. description: anyOf [string, null] and a number:
        // no branch fits, nothing to add.
        assertThat(validator.validate(asset))
                .containsExactly(
                        "/control: must match at least one schema in anyOf [anyOf at synesthetic-asset.schema.json#/properties/control/anyOf]",
                        "/control/control_parameters/0/label: must be string [type at control.schema.json#/properties/label/type]",
                        "/description: must match at least one schema in anyOf [anyOf at synesthetic-asset.schema.json#/properties/description/anyOf]");
        assertThat(validator.validateFailFast(asset))
                .containsExactly(
                        "/control: must match at least one schema in anyOf [anyOf at synesthetic-asset.schema.json#/properties/control/anyOf]");
        assertThat(validator.isValid(asset)).isFalse();
    }

    @Test
    void generationIsDeterministic() throws Exception {
        assertThat(new Generator()
                        .generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE)
                                .emit(Emit.RECORDS_AND_VALIDATORS)
                                .build())
                        .files())
                .isEqualTo(files);
    }

    @Test
    void hostileNestingGivesAViolationNotAStackOverflow(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("nested.json"), "{\"items\": {\"$ref\": \"#\"}}");
        Files.writeString(
                corpus.resolve("loop.json"),
                "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}");
        List<GeneratedFile> sources = new Generator()
                .generateValidators(GeneratorConfig.builder(corpus, "hostile").build())
                .files();
        ClassLoader hostile = InMemoryJava.load(InMemoryJava.compile(sources, "--release", "17"));
        Object deep = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(deep);
            deep = outer;
        }
        GeneratedValidator nested = new GeneratedValidator(hostile, "hostile.NestedValidator");
        assertThat(nested.validate(deep))
                .singleElement()
                .asString()
                .contains("maxDepth")
                .contains("nested deeper than 500");
        assertThat(nested.isValid(deep)).isFalse();
        assertThat(new GeneratedValidator(hostile, "hostile.LoopValidator").validate("x"))
                .singleElement()
                .asString()
                .contains("maxDepth");
    }

    /**
     * Messages say what is wrong in words: the unknown member by name (keyword and pointers as
     * before), and every count with its noun in the right number.
     */
    @Test
    void messagesNameTheUnknownPropertyAndCountInTheRightNumber(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("counts.json"), """
        {"type": "object", "additionalProperties": false,
         "properties": {"one": {"minLength": 1, "maxLength": 1, "minItems": 1, "maxItems": 1,
                                "minProperties": 1, "maxProperties": 1, "maxContains": 1, "contains": {"const": 0}},
                        "two": {"minLength": 2, "minItems": 2, "minProperties": 2}, "never": false}}
        """);
        Files.writeString(
                corpus.resolve("later.json"),
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                        + " \"properties\": {\"a\": true}, \"unevaluatedProperties\": false}");
        List<GeneratedFile> sources = new Generator()
                .generateValidators(GeneratorConfig.builder(corpus, "msgs").build())
                .files();
        ClassLoader messages = InMemoryJava.load(InMemoryJava.compile(sources, "--release", "17"));
        GeneratedValidator counts = new GeneratedValidator(messages, "msgs.CountsValidator");
        GeneratedValidator later = new GeneratedValidator(messages, "msgs.LaterValidator");

        assertThat(counts.validate(Map.of("foo", 1)))
                .containsExactly(
                        "/foo: unknown property 'foo' (additionalProperties is false) [false at counts.json#/additionalProperties]");
        assertThat(counts.validate(Map.of("never", 1)))
                .containsExactly("/never: no value is allowed here [false at counts.json#/properties/never]");
        assertThat(later.validate(Map.of("a", 1, "b", 2)))
                .containsExactly(
                        "/b: property 'b' is not evaluated by any subschema (unevaluatedProperties is false) [false at later.json#/unevaluatedProperties]");
        assertThat(String.join("\n", counts.validate(Map.of("one", ""))))
                .contains("must have at least 1 character [")
                .doesNotContain("1 characters");
        assertThat(String.join("\n", counts.validate(Map.of("one", "ab")))).contains("must have at most 1 character [");
        assertThat(String.join("\n", counts.validate(Map.of("one", List.of()))))
                .contains("must have at least 1 item [");
        assertThat(String.join("\n", counts.validate(Map.of("one", List.of(0, 0)))))
                .contains("must have at most 1 item [")
                .contains("must contain at most 1 matching item, found 2 [");
        assertThat(String.join("\n", counts.validate(Map.of("one", Map.of()))))
                .contains("must have at least 1 property [");
        assertThat(String.join("\n", counts.validate(Map.of("one", Map.of("a", 1, "b", 2)))))
                .contains("must have at most 1 property [");
        assertThat(String.join("\n", counts.validate(Map.of("two", "a"))))
                .contains("must have at least 2 characters [");
        assertThat(String.join("\n", counts.validate(Map.of("two", List.of(1)))))
                .contains("must have at least 2 items [");
        assertThat(String.join("\n", counts.validate(Map.of("two", Map.of("a", 1)))))
                .contains("must have at least 2 properties [");
    }

    private static GeneratedValidator validatorFor(String schemaFile) throws ReflectiveOperationException {
        String base = schemaFile.replace(".schema.json", "");
        return new GeneratedValidator(
                loader, PACKAGE + "." + dev.synesthetic.codegen.naming.Identifiers.pascal(base) + "Validator");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws Exception {
        return SuiteRunner.MAPPER.readValue(file.toFile(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstParameter(Map<String, Object> bundle) {
        return (Map<String, Object>) ((List<Object>) bundle.get("control_parameters")).get(0);
    }
}
