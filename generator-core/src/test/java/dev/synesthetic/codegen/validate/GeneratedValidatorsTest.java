package dev.synesthetic.codegen.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.GeneratorConfig;
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
    files = new Generator().generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE).emit(Emit.RECORDS_AND_VALIDATORS).build()).files();
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
      assertThat(validator.validate(json)).as(example.getFileName().toString()).isEmpty();
      assertThat(validator.isValid(json)).isTrue();
    }
  }

  @Test
  void violationsNameInstanceKeywordAndSchemaLocation() throws Exception {
    Map<String, Object> bundle = read(Locations.shared().resolve("synesthetic-schemas/examples/Control-Bundle_Example.json"));
    bundle.remove("$schema");
    bundle.remove("name");
    bundle.put("unknown", 1);
    firstParameter(bundle).put("label", 3);
    GeneratedValidator validator = validatorFor("control-bundle.schema.json");

    List<String> violations = validator.validate(bundle);

    assertThat(violations).containsExactly(
        "(root): missing required property 'name' [required at control-bundle.schema.json#/required]",
        "/control_parameters/0/label: must be string [type at control.schema.json#/properties/label/type]",
        "/unknown: no value is allowed here [false at control-bundle.schema.json#/additionalProperties]");
    assertThat(validator.validate(bundle)).isEqualTo(violations); // stable
    assertThat(validator.validateFailFast(bundle)).containsExactly(violations.get(0));
    assertThat(validator.isValid(bundle)).isFalse();
  }

  @Test
  void aFailedAnyOfPointsInsideTheOneBranchThatFitsTheValue() throws Exception {
    Map<String, Object> asset = read(Locations.shared().resolve("synesthetic-schemas/examples/SynestheticAsset_Example1.json"));
    asset.remove("$schema");
    @SuppressWarnings("unchecked")
    Map<String, Object> control = (Map<String, Object>) asset.get("control");
    firstParameter(control).put("label", 3);
    asset.put("description", 5);
    GeneratedValidator validator = validatorFor("synesthetic-asset.schema.json");

    // control: anyOf [{$ref control-bundle}, {type: null}] and an object: only the first branch fits
    // it, so its violations are the explanation. description: anyOf [string, null] and a number:
    // no branch fits, nothing to add.
    assertThat(validator.validate(asset)).containsExactly(
        "/control: must match at least one schema in anyOf [anyOf at synesthetic-asset.schema.json#/properties/control/anyOf]",
        "/control/control_parameters/0/label: must be string [type at control.schema.json#/properties/label/type]",
        "/description: must match at least one schema in anyOf [anyOf at synesthetic-asset.schema.json#/properties/description/anyOf]");
    assertThat(validator.validateFailFast(asset)).containsExactly(
        "/control: must match at least one schema in anyOf [anyOf at synesthetic-asset.schema.json#/properties/control/anyOf]");
    assertThat(validator.isValid(asset)).isFalse();
  }

  @Test
  void generationIsDeterministic() throws Exception {
    assertThat(new Generator().generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE).emit(Emit.RECORDS_AND_VALIDATORS).build()).files())
        .isEqualTo(files);
  }

  @Test
  void hostileNestingGivesAViolationNotAStackOverflow(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve("nested.json"), "{\"items\": {\"$ref\": \"#\"}}");
    Files.writeString(corpus.resolve("loop.json"), "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}");
    List<GeneratedFile> sources = new Generator().generateValidators(GeneratorConfig.builder(corpus, "hostile").build()).files();
    ClassLoader hostile = InMemoryJava.load(InMemoryJava.compile(sources, "--release", "17"));
    Object deep = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      List<Object> outer = new ArrayList<>();
      outer.add(deep);
      deep = outer;
    }
    GeneratedValidator nested = new GeneratedValidator(hostile, "hostile.NestedValidator");
    assertThat(nested.validate(deep)).singleElement().asString().contains("maxDepth").contains("nested deeper than 500");
    assertThat(nested.isValid(deep)).isFalse();
    assertThat(new GeneratedValidator(hostile, "hostile.LoopValidator").validate("x")).singleElement().asString().contains("maxDepth");
  }

  private static GeneratedValidator validatorFor(String schemaFile) throws ReflectiveOperationException {
    String base = schemaFile.replace(".schema.json", "");
    return new GeneratedValidator(loader, PACKAGE + "." + dev.synesthetic.codegen.naming.Identifiers.pascal(base) + "Validator");
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
