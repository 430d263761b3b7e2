package dev.synesthetic.codegen.limits;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.analyze.ModelBuilder;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.JavaLimits;
import dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.testing.HangGuard;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.validation.ValidatorBuilder;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological sizes end in generated code that compiles or in a {@code LIMIT_EXCEEDED} error naming
 * the schema and the limit: never a hang, never a {@code StackOverflowError}. The inputs are built
 * here, not committed. Each run is guarded by {@link HangGuard} on a thread of its own (default
 * stack): a hang guard, not a speed claim. Surefire runs this class in its own JVM with the memory
 * bound the README states (see generator-core/pom.xml).
 */
class PathologicalSizeTest {
    private static final String RECORD_LINK =
            "{\"type\": \"object\", \"properties\": {\"next\": {\"$ref\": \"NEXT\"}}}";
    private static final String STRING = "{\"type\": \"string\"}";
    private static final String DRAFT = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"";

    @TempDir
    Path temp;

    /**
     * 5,990 aliases: with the root, its property and the end, 5,993 schemas and 5,995 checks in one
     * validator file, split across classes (the last unit's method in a part class of the file).
     */
    @Test
    void aSixThousandDeepRefChainOfAliasesGeneratesRecordsAndValidatorsThatCompile() throws Exception {
        Path corpus =
                corpus(chain("Chain", 5990, "{\"$ref\": \"NEXT\"}", "{\"type\": \"string\", \"pattern\": \"^a+$\"}"));

        GenerationResult result = generate(corpus, true);

        assertThat(source(result, "Chain")).contains("String start");
        assertThat(source(result, "DeepValidator"))
                .contains("static final class Part1 ")
                .contains("static boolean v5992(");
        assertCompiles(result);
    }

    /**
     * 1,900 records chained through an optional {@code next}, each with its own pattern and bounds:
     * 7,603 schemas and 20,904 checks in one file, far more than one class's constant pool and static
     * initializer hold, so the validator is split across classes; it compiles and asserts at depth.
     */
    @Test
    void aValidatorBeyondOneClassIsSplitAcrossClassesThatCompileAndValidate() throws Exception {
        Path corpus = corpus(chain(
                "Big",
                1_900,
                "{\"type\": \"object\", \"required\": [\"a\"], \"properties\": {\"a\": {\"type\": \"string\","
                        + " \"pattern\": \"^aIx*$\"}, \"b\": {\"type\": \"number\", \"minimum\": I.5,"
                        + " \"multipleOf\": 0.5}, \"next\": {\"$ref\": \"NEXT\"}}}",
                STRING));

        GenerationResult result = HangGuard.end(
                "validators for 7,603 schemas",
                () -> new Generator()
                        .generateValidators(GeneratorConfig.builder(corpus, "p").build()));

        String source = source(result, "DeepValidator");
        assertThat(source).contains("static final class Part1 ").contains("static boolean v7600(");
        Compilation compilation = HangGuard.end(
                "javac on the split validator", () -> InMemoryJava.compile(result.files(), "--release", "17"));
        assertThat(compilation).succeeded();
        Class<?> validator = InMemoryJava.load(compilation).loadClass("p.DeepValidator");
        java.lang.reflect.Method validate = validator.getMethod("validate", Object.class);
        Object valid = Map.of("start", Map.of("a", "a0", "b", new BigDecimal("1"), "next", Map.of("a", "a1xx")));
        Object invalid = Map.of("start", Map.of("a", "a0", "next", Map.of("a", "a2", "b", new BigDecimal("0.75"))));
        assertThat((List<?>) validate.invoke(null, valid)).isEmpty();
        assertThat((List<?>) validate.invoke(null, invalid))
                .extracting(Object::toString)
                .anySatisfy(v -> assertThat(v).contains("/start/next/a").contains("pattern"))
                .anySatisfy(v -> assertThat(v).contains("/start/next/b").contains("minimum"))
                .anySatisfy(v -> assertThat(v).contains("/start/next/b").contains("multipleOf"));
    }

    /**
     * A configuration schema of 560 services (see {@link LargeConfigSchema}): 31,377 schemas and
     * checks in one validator file (56 per service), counted as the issue counts them (each schema
     * the validator checks, plus its keyword checks), split across classes; it compiles, a valid document passes
     * and each broken rule of the last service is reported where it is, by its keyword.
     */
    @Test
    void aConfigurationSchemaOfThirtyThousandChecksGeneratesValidatorsThatCompileAndPassItsCases() throws Exception {
        int services = 560;
        Path corpus = corpus(LargeConfigSchema.schema(services));
        assertThat(schemasAndChecks(corpus)).isGreaterThanOrEqualTo(30_000);

        GenerationResult result = HangGuard.end(
                "validators for 560 services",
                () -> new Generator()
                        .generateValidators(GeneratorConfig.builder(corpus, "p").build()));

        assertThat(source(result, "DeepValidator")).contains("static final class Part1 ");
        Compilation compilation = HangGuard.end(
                "javac on the split validator", () -> InMemoryJava.compile(result.files(), "--release", "17"));
        assertThat(compilation).succeeded();
        java.lang.reflect.Method validate =
                InMemoryJava.load(compilation).loadClass("p.DeepValidator").getMethod("validate", Object.class);
        java.lang.reflect.Method written = writtenBesideTheRuntime(corpus, compilation)
                .loadClass("p.DeepValidator")
                .getMethod("validate", Object.class);
        assertThat((List<?>) validate.invoke(null, LargeConfigSchema.valid(services)))
                .isEmpty();
        assertThat((List<?>) written.invoke(null, LargeConfigSchema.valid(services)))
                .isEmpty();
        for (LargeConfigSchema.Broken broken : LargeConfigSchema.invalid(services)) {
            List<?> violations = (List<?>) validate.invoke(null, broken.document());
            assertThat(violations)
                    .as("%s %s", broken.instanceLocation(), broken.keyword())
                    .extracting(Object::toString)
                    .anySatisfy(v -> assertThat(v)
                            .startsWith(broken.instanceLocation() + ": ")
                            .contains("[" + broken.keyword() + " at "));
            assertThat(((List<?>) written.invoke(null, broken.document())).toString())
                    .as("written directly: %s %s", broken.instanceLocation(), broken.keyword())
                    .isEqualTo(violations.toString());
        }
    }

    /**
     * The corpus's validators as {@code validate} writes them (class files, no javac; split as the
     * source is), loaded beside the runtime javac compiled into their package.
     */
    private static ClassLoader writtenBesideTheRuntime(Path corpus, Compilation compilation) throws Exception {
        dev.synesthetic.codegen.ModelledValidators modelled = new Generator()
                .modelValidators(GeneratorConfig.builder(corpus, "p").build());
        Map<String, byte[]> written = new dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter()
                .emit(modelled.model(), modelled.companions(), "p");
        assertThat(written).containsKey("p.DeepValidator$Part1");
        Map<String, byte[]> classes = new java.util.HashMap<>(InMemoryJava.classes(compilation));
        classes.putAll(written);
        return InMemoryJava.load(classes);
    }

    /** What the issue counts: the schemas the file's validator checks and their keyword checks. */
    private static int schemasAndChecks(Path corpus) {
        Diagnostics diagnostics = new Diagnostics();
        Corpus loaded = new CorpusLoader().load(corpus, diagnostics);
        SchemaIndex index = SchemaIndex.build(loaded, diagnostics);
        ValidatorModel model =
                new ValidatorBuilder(index, new RefResolver(index, corpus, Map.of()), diagnostics).build(loaded);
        assertThat(diagnostics.hasErrors()).isFalse();
        return model.units().size()
                + model.units().stream().mapToInt(u -> u.checks().size()).sum();
    }

    @Test
    void deeperThanTheAnalysisDepthIsALimitErrorNotAStackOverflow() throws Exception {
        // 25,001 records, each two schemas deep (the object and its property): past MAX_DEPTH
        Path corpus = corpus(chain("Chain", 25_001, RECORD_LINK, STRING));

        Diagnostic error = singleError(corpus, false);

        assertThat(error.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
        assertThat(error.location()).contains(at("deep.schema.json", "/$defs/d24999"));
        assertThat(error.message())
                .contains("more than " + ModelBuilder.MAX_DEPTH + " deep")
                .endsWith("starting at deep.schema.json#");
    }

    @Test
    void tenThousandPropertiesAreALimitErrorNamingTheSchemaAndTheLimit() throws Exception {
        Path corpus = corpus(object(10_000));

        Diagnostic records = singleError(corpus, false);
        List<Diagnostic> validators = validatorErrors(corpus);

        assertThat(records.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
        assertThat(records.location()).contains(at("deep.schema.json", ""));
        assertThat(records.message())
                .isEqualTo(
                        "10000 properties; a generated record holds at most 2000 (in nested groups past 254, the components"
                                + " of one Java record)");
        // type, additionalProperties and one check per property in one schema (the file itself would be split);
        // additionalProperties' 10,000 declared names are more than one static initializer creates
        assertThat(validators).extracting(Diagnostic::code).containsOnly(DiagnosticCode.LIMIT_EXCEEDED);
        assertThat(validators)
                .extracting(d -> d.location().orElseThrow())
                .containsExactly(at("deep.schema.json", ""), at("deep.schema.json", "/additionalProperties"));
        assertThat(validators)
                .extracting(Diagnostic::message)
                .first()
                .isEqualTo("10002 keyword checks in one schema; a generated validator method holds at most 1000");
        assertThat(validators.get(1).message()).startsWith("10000 list items in this keyword's constants");
    }

    @Test
    void recordsAndValidatorsAtTheComponentAndCheckLimitsCompile() throws Exception {
        // 253 properties + the additional-properties map = 254 components;
        // 998 properties + type + additionalProperties = 1,000 checks
        Path records = corpus(object(253));
        Path validators = Files.createDirectories(temp.resolve("wide"));
        Files.writeString(validators.resolve("wide.schema.json"), object(998));

        assertCompiles(generate(records, true));
        GenerationResult wide = HangGuard.end(
                "validators for 998 properties",
                () -> new Generator()
                        .generateValidators(
                                GeneratorConfig.builder(validators, "p").build()));
        assertCompiles(wide);
    }

    @Test
    void typesNestedBeyondWhatJavacCompilesAreALimitError() throws Exception {
        Path deep = corpus(arrays(101));
        Path atLimit = Files.createDirectories(temp.resolve("at-limit"));
        Files.writeString(atLimit.resolve("arrays.schema.json"), arrays(100));

        Diagnostic error = singleError(deep, false);
        GenerationResult result = generate(atLimit, true);

        assertThat(error.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
        assertThat(error.location()).contains(at("deep.schema.json", "/properties/start"));
        assertThat(error.message()).contains("nest 101 deep").contains("at most 100");
        assertThat(source(result, "Arrays")).contains("List<".repeat(100) + "String" + ">".repeat(100));
        assertCompiles(result);
    }

    @Test
    void stringsLongerThanAJavaConstantAreALimitErrorForRecordsAndValidators() throws Exception {
        String huge = "\u00e9".repeat(40_000); // 80,000 bytes in UTF-8, 40,000 characters
        Path corpus = corpus("{" + DRAFT + ", \"title\": \"Long\", \"type\": \"object\","
                + " \"properties\": {\"e\": {\"enum\": [\"short\", \"" + huge + "\"]}}}");

        Diagnostic records = singleError(corpus, false);
        List<Diagnostic> validators = validatorErrors(corpus);

        assertThat(records.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
        assertThat(records.location()).contains(at("deep.schema.json", "/properties/e"));
        assertThat(records.message())
                .isEqualTo(
                        "enum value of 80000 bytes; a Java string constant holds at most 65535 (UTF-8 as class files store it)");
        assertThat(validators).singleElement().satisfies(v -> {
            assertThat(v.location()).contains(at("deep.schema.json", "/properties/e/enum"));
            assertThat(v.message()).startsWith("value of 80").contains("at most 65535");
        });
    }

    @Test
    void enumsUpToTheConstantLimitCompileAndOneMoreIsALimitError() throws Exception {
        Path atLimit = corpus(enumeration(JavaLimits.MAX_ENUM_CONSTANTS));
        Path over = Files.createDirectories(temp.resolve("over"));
        Files.writeString(over.resolve("over.schema.json"), enumeration(JavaLimits.MAX_ENUM_CONSTANTS + 1));

        GenerationResult result = generate(atLimit, true);
        Diagnostic error = singleError(over, false);

        assertCompiles(result);
        assertThat(error.location()).contains(at("over.schema.json", "/properties/e"));
        assertThat(error.message()).isEqualTo("3001 enum values; a generated Java enum holds at most 3000");
    }

    @Test
    void aListBeyondOneStaticInitializerIsALimitErrorWrittenOrCompiledAndOneWithinItBuildsBoth() throws Exception {
        Path over = corpus(required(9_000));
        Path within = Files.createDirectories(temp.resolve("within"));
        Files.writeString(within.resolve("within.schema.json"), required(7_000)); // 8 bytes an item: 56 KB

        List<Diagnostic> compiled = validatorErrors(over);
        List<Diagnostic> written = errors(
                "modelling validators",
                () -> new Generator()
                        .modelValidators(GeneratorConfig.builder(over, "p").build()));

        for (List<Diagnostic> errors : List.of(compiled, written)) {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
                assertThat(error.location()).contains(at("deep.schema.json", "/properties/r/required"));
                assertThat(error.message()).contains("9000 list items").contains("static initializer");
            });
        }
        GeneratorConfig config = GeneratorConfig.builder(within, "p").build();
        assertCompiles(HangGuard.end("validators for 7000 names", () -> new Generator().generateValidators(config)));
        ModelledValidators modelled = new Generator().modelValidators(config);
        assertThat(new BytecodeEmitter().emit(modelled.model(), modelled.companions(), "p"))
                .isNotEmpty();
    }

    @Test
    void aListTwoKeywordsShareIsCountedOnceAsBothWritersCreateItOnce() throws Exception {
        String list = java.util.stream.IntStream.range(0, 4_500)
                .mapToObj(i -> "\"name" + i + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.writeString(
                shared.resolve("shared.schema.json"),
                "{" + DRAFT + ", \"type\": \"object\", \"properties\": {\"r\": {\"type\": \"object\","
                        + " \"dependentRequired\": {\"a\": [" + list + "], \"b\": [" + list + "]}}}}");
        GeneratorConfig config = GeneratorConfig.builder(shared, "p").build();

        assertCompiles(
                HangGuard.end("validators sharing 4500 names", () -> new Generator().generateValidators(config)));
        ModelledValidators modelled = new Generator().modelValidators(config);
        assertThat(new BytecodeEmitter().emit(modelled.model(), modelled.companions(), "p"))
                .isNotEmpty();
    }

    private static String required(int names) {
        String list = java.util.stream.IntStream.range(0, names)
                .mapToObj(i -> "\"name" + i + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        return "{" + DRAFT + ", \"type\": \"object\", \"properties\": {\"r\": {\"type\": \"object\","
                + " \"required\": [" + list + "]}}}";
    }

    /** 100 $defs records, each documented by 100,000 characters: a 10 MB file. */
    @Test
    void aTenMegabyteSchemaGeneratesRecordsAndValidatorsThatCompile() throws Exception {
        StringBuilder json =
                new StringBuilder("{" + DRAFT + ", \"title\": \"Big\", \"type\": \"object\", \"properties\": {");
        for (int i = 0; i < 100; i++) {
            json.append(i == 0 ? "" : ", ")
                    .append("\"p")
                    .append(i)
                    .append("\": {\"$ref\": \"#/$defs/d")
                    .append(i)
                    .append("\"}");
        }
        json.append("}, \"$defs\": {");
        String text = "All work and no play makes */ a dull schema. ".repeat(2_300);
        for (int i = 0; i < 100; i++) {
            json.append(i == 0 ? "" : ", ")
                    .append("\"d")
                    .append(i)
                    .append("\": {\"type\": \"object\", \"description\": \"")
                    .append(text)
                    .append("\", \"properties\": {\"a\": {\"type\": \"string\", \"maxLength\": ")
                    .append(i + 1)
                    .append("}, \"b\": {\"type\": \"integer\"}}}");
        }
        Path corpus = corpus(json.append("}}").toString());
        assertThat(Files.size(corpus.resolve("deep.schema.json"))).isGreaterThan(10_000_000L);

        GenerationResult result = generate(corpus, true);

        assertThat(source(result, "D99")).contains("makes *&#47; a dull schema");
        assertCompiles(result);
    }

    @Test
    void aFiveThousandDeepChainOfRecordsGeneratesFiveThousandRecordsThatCompile() throws Exception {
        Path corpus = corpus(chain("Chain", 5000, RECORD_LINK, STRING));

        // builders are per record, not per level: left out so javac fits the 512 MB this JVM proves the generator in
        GenerationResult result = generate(corpus, false, false);

        // 5,001 records and the records' runtime their fromJsonValue converters share
        assertThat(result.files().stream().filter(f -> f.relativePath().endsWith(".java")))
                .hasSize(5001 + RuntimeClasses.RECORD_HELPERS.size());
        assertThat(source(result, "D4999")).contains("String next");
        assertCompiles(result);
    }

    @Test
    void nestingBeyondTheJsonReadersLimitIsALimitErrorNamingTheFile() throws Exception {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            json.append("{\"type\": \"object\", \"properties\": {\"p\": ");
        }
        json.append("{\"type\": \"string\"}").append("}}".repeat(5000));
        Path corpus = corpus(json.toString());

        Diagnostic error = singleError(corpus, false);

        assertThat(error.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
        assertThat(error.location()).map(SourceLocation::file).contains("deep.schema.json");
        assertThat(error.location().orElseThrow().pointer().tokens())
                .hasSize(1000)
                .startsWith("properties", "p");
        assertThat(error.message()).contains("1000").contains("nest");
        assertThat(error.hint()).isNotBlank();
    }

    private static String object(int properties) {
        StringBuilder json = new StringBuilder("{" + DRAFT + ", \"title\": \"Wide\", \"type\": \"object\","
                + " \"additionalProperties\": true, \"properties\": {");
        for (int i = 0; i < properties; i++) {
            json.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": {\"type\": \"string\"}");
        }
        return json.append("}}").toString();
    }

    /** A property whose type is {@code levels} arrays deep, through a chain of $defs. */
    private static String arrays(int levels) {
        return chain("Arrays", levels, "{\"type\": \"array\", \"items\": {\"$ref\": \"NEXT\"}}", STRING);
    }

    /**
     * A root record {@code title} whose property {@code start} refers to {@code d0}; each of
     * {@code d0 … d(links-1)} is {@code link} with {@code NEXT} the ref to the one after; the last is {@code end}.
     */
    private static String chain(String title, int links, String link, String end) {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < links; i++) {
            defs.append("\"d")
                    .append(i)
                    .append("\": ")
                    .append(link.replace("NEXT", "#/$defs/d" + (i + 1)).replace("I", Integer.toString(i)))
                    .append(",\n");
        }
        return "{" + DRAFT + ", \"title\": \"" + title + "\", \"type\": \"object\","
                + " \"properties\": {\"start\": {\"$ref\": \"#/$defs/d0\"}}, \"$defs\": {" + defs + "\"d" + links
                + "\": " + end + "}}";
    }

    private static String enumeration(int values) {
        StringBuilder json = new StringBuilder(
                "{" + DRAFT + ", \"title\": \"Many\", \"type\": \"object\"," + " \"properties\": {\"e\": {\"enum\": [");
        for (int i = 0; i < values; i++) {
            json.append(i == 0 ? "" : ", ").append("\"value ").append(i).append("\"");
        }
        return json.append("]}}}").toString();
    }

    private static List<Diagnostic> validatorErrors(Path corpus) {
        return errors(
                "generating validators",
                () -> new Generator()
                        .generateValidators(GeneratorConfig.builder(corpus, "p").build()));
    }

    /** A generator call expected to fail. */
    @FunctionalInterface
    private interface Failing {
        Object call() throws GenerationException;
    }

    private static List<Diagnostic> errors(String what, Failing call) {
        return errors(HangGuard.end(what, () -> {
            try {
                call.call();
                return null;
            } catch (GenerationException e) {
                return e;
            }
        }));
    }

    private Path corpus(String json) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(folder.resolve("deep.schema.json"), json);
        return folder;
    }

    private static GenerationResult generate(Path corpus, boolean validators) {
        return generate(corpus, validators, true);
    }

    private static GenerationResult generate(Path corpus, boolean validators, boolean builders) {
        GeneratorConfig config = GeneratorConfig.builder(corpus, "p")
                .emit(validators ? Emit.RECORDS_AND_VALIDATORS : Emit.RECORDS)
                .builders(builders)
                .build();
        return HangGuard.end("generating", () -> new Generator().generate(config));
    }

    private static Diagnostic singleError(Path corpus, boolean validators) {
        GeneratorConfig config = GeneratorConfig.builder(corpus, "p").build();
        GenerationException thrown = HangGuard.end("generating", () -> {
            try {
                new Generator()
                        .generate(config.toBuilder()
                                .emit(validators ? Emit.RECORDS_AND_VALIDATORS : Emit.RECORDS)
                                .build());
                return null;
            } catch (GenerationException e) {
                return e;
            }
        });
        return onlyError(thrown);
    }

    private static Diagnostic onlyError(GenerationException thrown) {
        List<Diagnostic> errors = errors(thrown);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static List<Diagnostic> errors(GenerationException thrown) {
        assertThat(thrown).as("a GenerationException").isNotNull();
        return thrown.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    private static String source(GenerationResult result, String simpleName) {
        return result.files().stream()
                .filter(f -> f.relativePath().equals("p/" + simpleName + ".java"))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no p/" + simpleName + ".java"));
    }

    private static void assertCompiles(GenerationResult result) {
        Compilation compilation = HangGuard.end(
                "javac on the generated sources", () -> InMemoryJava.compile(result.files(), "--release", "17"));
        assertThat(compilation).succeeded();
    }

    static SourceLocation at(String file, String pointer) {
        return new SourceLocation(file, JsonPointer.parse(pointer));
    }
}
