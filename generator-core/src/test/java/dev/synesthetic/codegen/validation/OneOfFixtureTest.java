package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.naming.Identifiers;
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
 * The {@code schemas/oneof} fixture: {@code oneOf} unions (a GeoJSON-like geometry and an event
 * payload, each discriminated by the member {@code type}; CI steps that either {@code run} or
 * {@code uses}), a member that must be null and one that must be absent. Valid documents read, bind
 * with databind and {@code fromJsonValue} to equal values and write back JSON-equal; invalid ones
 * fail their validator at the pointer they name; a discriminated union binds the one variant its
 * discriminator names, and an unknown or missing discriminator is a binding error naming the
 * member, the value and the allowed values.
 */
class OneOfFixtureTest {
    private static final String PACKAGE = "dev.synesthetic.fixtures.oneof";
    private static final Path DOCUMENTS = Locations.golden().resolve("src/test/resources/fixture-instances/oneof");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    private static GenerationResult generated;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.fixtures().resolve("oneof"), PACKAGE)
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .build());
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    static Stream<Path> validDocuments() throws IOException {
        return documents("valid");
    }

    static Stream<Path> invalidDocuments() throws IOException {
        return documents("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    void aValidDocumentReadsBindsBothWaysAndWritesBackTheSameJson(Path document) throws Exception {
        String schemaFile = schemaOf(document);
        byte[] bytes = Files.readAllBytes(document);
        JsonNode content = MAPPER.readTree(bytes);
        Class<?> type = loader.loadClass(generated.rootRecords().get(schemaFile));

        assertThat(validate(schemaFile, MAPPER.treeToValue(content, Object.class)))
                .as("violations")
                .isEmpty();
        Object read = call(reader(schemaFile).getClass().getMethod("read", byte[].class), reader(schemaFile), bytes);
        assertThat(read.getClass().getSimpleName()).as("%s", read).isEqualTo("Valid");
        Object value = call(read.getClass().getMethod("value"), read);
        Object databind = MAPPER.treeToValue(content, type);
        Object fromJsonValue = call(fromJsonValue(type), null, MAPPER.treeToValue(content, Object.class));

        assertThat(value).isInstanceOf(type).isEqualTo(databind).isEqualTo(fromJsonValue);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertThat(JsonEquivalence.same(content, written))
                .as("%s written back as %s", content, written)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentFailsWithItsViolationAndBindsNothing(Path document) throws Exception {
        String schemaFile = schemaOf(document);
        JsonNode wrapper = MAPPER.readTree(document.toFile());
        Object instance = MAPPER.treeToValue(wrapper.get("instance"), Object.class);

        assertThat(validate(schemaFile, instance))
                .contains(wrapper.get("violation").textValue());
        Object reader = reader(schemaFile);
        Object result = call(reader.getClass().getMethod("bind", Object.class), reader, instance);
        assertThat(result.getClass().getSimpleName()).isEqualTo("Invalid");
    }

    @Test
    void aDiscriminatedUnionBindsTheVariantItsMemberNames() throws Exception {
        Class<?> geometry = loader.loadClass(PACKAGE + ".Geometry");
        Object polygon = MAPPER.readValue(
                "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}", geometry);

        assertThat(polygon.getClass().getSimpleName()).isEqualTo("PolygonValue");
        // No trial binding: a Polygon that misses a member fails as a Polygon, at that member.
        Throwable broken = catchThrowable(
                () -> call(fromJsonValue(geometry), null, MAPPER.readValue("{\"type\": \"Polygon\"}", Object.class)));
        assertThat(broken).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coordinates");
    }

    @Test
    void anUnknownOrMissingDiscriminatorNamesTheMemberTheValueAndTheAllowedValues() throws Exception {
        Class<?> geometry = loader.loadClass(PACKAGE + ".Geometry");
        Class<?> envelope = loader.loadClass(PACKAGE + ".EventEnvelope");

        Throwable unknown = catchThrowable(() -> call(
                fromJsonValue(geometry),
                null,
                MAPPER.readValue("{\"type\": \"Circle\", \"coordinates\": [0, 0]}", Object.class)));
        Throwable missing = catchThrowable(
                () -> call(fromJsonValue(geometry), null, MAPPER.readValue("{\"coordinates\": [0, 0]}", Object.class)));
        Throwable nested = catchThrowable(() ->
                MAPPER.readValue("{\"id\": \"1\", \"event\": {\"type\": \"archived\", \"name\": \"x\"}}", envelope));

        assertThat(unknown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/type")
                .hasMessageContaining("'type'")
                .hasMessageContaining("\"Circle\"")
                .hasMessageContaining("\"Point\", \"LineString\", \"Polygon\"");
        assertThat(missing)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'type'")
                .hasMessageContaining("\"Point\", \"LineString\", \"Polygon\"");
        assertThat(nested)
                .hasMessageContaining("'type'")
                .hasMessageContaining("\"archived\"")
                .hasMessageContaining("\"renamed\", \"created\", \"deleted\""); // variant order: stricter records first
    }

    @Test
    void aMemberThatMustBeNullBindsAndWritesJsonNullAndAForbiddenMemberHasNoComponent() throws Exception {
        Class<?> envelope = loader.loadClass(PACKAGE + ".EventEnvelope");
        List<String> components =
                Stream.of(envelope.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(components).contains("replyTo").doesNotContain("legacyId");
        String withNull = "{\"id\":\"1\",\"event\":{\"type\":\"deleted\"},\"replyTo\":null}";
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(withNull, envelope)))
                .isEqualTo(withNull);
    }

    private static Stream<Path> documents(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS.resolve(kind))) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(found).as("%s documents", kind).isNotEmpty();
            return found.stream();
        }
    }

    /** {@code valid/geometry/point.json} follows {@code geometry.schema.json}. */
    private static String schemaOf(Path document) {
        return document.getParent().getFileName() + ".schema.json";
    }

    private static Object reader(String schemaFile) throws ReflectiveOperationException {
        String name = PACKAGE + "." + Identifiers.pascal(schemaFile.replace(".schema.json", "")) + "Reader";
        return loader.loadClass(name).getConstructor(ObjectMapper.class).newInstance(MAPPER);
    }

    private static Method fromJsonValue(Class<?> type) throws NoSuchMethodException {
        return type.getMethod(type.isInterface() ? "fromJson" : "fromJsonValue", Object.class);
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
