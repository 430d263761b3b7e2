package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code schemas/validator-keywords} fixture (draft-07, 2019-09, 2020-12): keywords that never
 * shape a Java type ({@code not}, {@code dependencies}, {@code dependentRequired}, {@code
 * dependentSchemas}, {@code propertyNames}, {@code contains}, {@code min/maxContains}, {@code
 * unevaluated*}) still give records, compiled with every lint an error; the validator alone
 * asserts them. Valid documents pass, bind (databind and {@code fromJsonValue}) and write back
 * JSON-equal; invalid ones fail with the violation they name, yet bind, since the type does not
 * carry the keyword.
 */
class ValidatorKeywordsFixtureTest {
    private static final String PACKAGE = "dev.synesthetic.fixtures.validator_keywords";
    private static final Path DOCUMENTS =
            Locations.golden().resolve("src/test/resources/fixture-instances/validator-keywords");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    private static GenerationResult generated;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.fixtures().resolve("validator-keywords"), PACKAGE)
                        .emit(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS)
                        .build());
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    @Test
    void everyFileHasARootRecordAndNoWarning() {
        assertThat(generated.rootRecords())
                .containsOnlyKeys("api-settings.schema.json", "package-manifest.schema.json", "pipeline.schema.json");
        assertThat(generated.warnings()).isEmpty();
    }

    static Stream<Path> validDocuments() throws IOException {
        return documents("valid");
    }

    static Stream<Path> invalidDocuments() throws IOException {
        return documents("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void aValidDocumentPassesBindsBothWaysAndWritesBackTheSameJson(Path document) throws Exception {
        JsonNode json = MAPPER.readTree(document.toFile());
        String schemaFile = schemaOf(document);

        assertThat(validate(schemaFile, MAPPER.treeToValue(json, Object.class))).isEmpty();
        Object value = bindBothWays(schemaFile, json);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertThat(JsonEquivalence.same(json, written))
                .as("%s written back as %s", json, written)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentFailsOnlyInTheValidator(Path document) throws Exception {
        JsonNode wrapper = MAPPER.readTree(document.toFile());
        String schemaFile = schemaOf(document);

        assertThat(validate(schemaFile, MAPPER.treeToValue(wrapper.get("instance"), Object.class)))
                .contains(wrapper.get("violation").textValue());
        assertThat(bindBothWays(schemaFile, wrapper.get("instance"))).isNotNull();
    }

    private static Object bindBothWays(String schemaFile, JsonNode json) throws Exception {
        Class<?> type = loader.loadClass(generated.rootRecords().get(schemaFile));
        Object databind = MAPPER.treeToValue(json, type);
        Object fromJsonValue =
                call(type.getMethod("fromJsonValue", Object.class), null, MAPPER.treeToValue(json, Object.class));
        assertThat(databind).isInstanceOf(type).isEqualTo(fromJsonValue);
        return databind;
    }

    private static Stream<Path> documents(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS.resolve(kind))) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(found).as("%s documents", kind).isNotEmpty();
            return found.stream();
        }
    }

    /** {@code valid/pipeline/build.json} follows {@code pipeline.schema.json}. */
    private static String schemaOf(Path document) {
        return document.getParent().getFileName() + ".schema.json";
    }

    /** Each violation as {@code instanceLocation keyword}. */
    private static List<String> validate(String schemaFile, Object instance) throws Exception {
        Class<?> validator = loader.loadClass(generated.validators().get(schemaFile));
        List<String> located = new ArrayList<>();
        for (Object violation : (List<?>) call(validator.getMethod("validate", Object.class), null, instance)) {
            located.add(call(violation.getClass().getMethod("instanceLocation"), violation) + " "
                    + call(violation.getClass().getMethod("keyword"), violation));
        }
        return located;
    }

    private static Object call(Method method, Object target, Object... arguments) throws Exception {
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
