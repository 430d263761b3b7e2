package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The {@code schemas/arrays} fixture (tuples in every draft's form, recursion through array items
 * and map values): valid documents pass the validator, read, bind with databind and with
 * {@code fromJsonValue} to equal values and write back JSON-equal; invalid ones fail at the
 * pointer they name. Compiled in memory with every lint an error.
 */
class ArraysFixtureTest {
    private static final String PACKAGE = "dev.synesthetic.fixtures.arrays";
    private static final Path DOCUMENTS = Locations.golden().resolve("src/test/resources/fixture-instances/arrays");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    private static GenerationResult generated;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.fixtures().resolve("arrays"), PACKAGE)
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
        Object reader = reader(schemaFile);
        Object read = call(reader.getClass().getMethod("read", byte[].class), reader, bytes);
        assertThat(read.getClass().getSimpleName()).as("%s", read).isEqualTo("Valid");
        Object value = call(read.getClass().getMethod("value"), read);
        // From the bytes, as the reader does: a tree would normalise 13.4050 to 13.405.
        Object databind = MAPPER.readValue(bytes, type);
        Object fromJsonValue =
                call(type.getMethod("fromJsonValue", Object.class), null, MAPPER.readValue(bytes, Object.class));

        assertThat(value).isInstanceOf(type).isEqualTo(databind).isEqualTo(fromJsonValue);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertThat(JsonEquivalence.same(content, written))
                .as("%s written back as %s", content, written)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentFailsAtItsPointer(Path document) throws Exception {
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
    void aTupleHasOneComponentPerPositionAndItsTailAsAList() throws Exception {
        Class<?> position = loader.loadClass(PACKAGE + ".Position");
        Object point = MAPPER.readValue("[13.4, 52.5]", position);

        assertThat(call(position.getMethod("item1"), point).toString()).isEqualTo("52.5");
        assertThat(call(position.getMethod("item2"), point)).isNull();
        assertThat(MAPPER.writeValueAsString(point)).isEqualTo("[13.4,52.5]");

        Class<?> row = loader.loadClass(PACKAGE + ".Row");
        Object withTags = MAPPER.readValue("[\"2024-01-31\", \"cash\", 1, \"a\", \"b\"]", row);
        assertThat(call(row.getMethod("rest"), withTags)).isEqualTo(List.of("a", "b"));
        assertThat(MAPPER.writeValueAsString(withTags)).isEqualTo("[\"2024-01-31\",\"cash\",1,\"a\",\"b\"]");
    }

    private static Stream<Path> documents(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS.resolve(kind))) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(found).as("%s documents", kind).isNotEmpty();
            return found.stream();
        }
    }

    /** {@code valid/menu/tree.json} follows {@code menu.schema.json}. */
    private static String schemaOf(Path document) {
        return document.getParent().getFileName() + ".schema.json";
    }

    private static Object reader(String schemaFile) throws ReflectiveOperationException {
        String name = PACKAGE + "." + Identifiers.pascal(schemaFile.replace(".schema.json", "")) + "Reader";
        return loader.loadClass(name).getConstructor(ObjectMapper.class).newInstance(MAPPER);
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
