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
import dev.synesthetic.codegen.write.GeneratedFile;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every root kind of the {@code schemas/roots} fixture (an array, a map, a scalar, an enum, a bare
 * {@code $ref}, an {@code anyOf}) gets a reader: its valid documents read, bind with databind and
 * with {@code fromJsonValue} to equal values and write back JSON-equal; its invalid documents fail
 * with the violation they name. Compiled in memory with every lint an error.
 */
class RootReadersTest {
    private static final String PACKAGE = "dev.synesthetic.fixtures.roots";
    private static final Path DOCUMENTS = Locations.golden().resolve("src/test/resources/fixture-instances/roots");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    private static GenerationResult generated;
    private static ClassLoader loader;

    @TempDir
    Path temp;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.fixtures().resolve("roots"), PACKAGE)
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .formatAssertions(true)
                        .build());
        loader = compile(generated);
    }

    private static ClassLoader compile(GenerationResult result) {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        return InMemoryJava.load(compilation);
    }

    @Test
    void everyFileOfTheFixtureHasARootTypeAndAReader() {
        assertThat(generated.rootRecords())
                .containsOnlyKeys(
                        "channel.schema.json",
                        "redirects.schema.json",
                        "release-version.schema.json",
                        "services.schema.json",
                        "setting.schema.json",
                        "site.schema.json");
        assertThat(generated.rootRecords()).containsEntry("site.schema.json", PACKAGE + ".Site");
        assertThat(generated.files())
                .extracting(GeneratedFile::relativePath)
                .filteredOn(p -> p.endsWith("Reader.java"))
                .hasSize(6);
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
        JsonNode json = MAPPER.readTree(bytes);
        JsonNode content = json.isObject() ? json.deepCopy() : json;
        if (content.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) content)
                    .remove("$schema"); // metadata, as the reader sets it aside
        }
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
    void aCorpusOfOnlyAnEnumRootStillGetsAReaderThatCompilesAndBinds() throws Exception {
        Files.writeString(
                temp.resolve("channel.schema.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                        + " \"type\": \"string\", \"enum\": [\"stable\", \"beta\"]}");
        Files.writeString(
                temp.resolve("released-at.schema.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                        + " \"type\": \"string\", \"format\": \"date-time\"}");
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example.only")
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .formatAssertions(true)
                        .build());
        ClassLoader classes = compile(result);
        Object reader = classes.loadClass("com.example.only.ChannelReader")
                .getConstructor(ObjectMapper.class)
                .newInstance(MAPPER);

        Object read = call(reader.getClass().getMethod("read", String.class), reader, "\"beta\"");
        Object value = call(read.getClass().getMethod("value"), read);
        assertThat(value.toString()).isEqualTo("beta");
        assertThat(value.getClass().getName()).isEqualTo("com.example.only.Channel");
        Object at = classes.loadClass("com.example.only.ReleasedAtReader")
                .getConstructor(ObjectMapper.class)
                .newInstance(MAPPER);
        Object instant = call(at.getClass().getMethod("read", String.class), at, "\"2024-02-29T10:00:00+01:00\"");
        assertThat(call(instant.getClass().getMethod("value"), instant).toString())
                .contains("2024-02-29T10:00+01:00");
    }

    @Test
    void aNullableArrayRootBindsJsonNullAndAList() throws Exception {
        Files.writeString(
                temp.resolve("tags.schema.json"),
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                        + " \"type\": [\"array\", \"null\"], \"items\": {\"type\": \"string\"}}");
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example.tags")
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .build());
        ClassLoader classes = compile(result);
        Class<?> tags = classes.loadClass("com.example.tags.Tags");
        Object reader = classes.loadClass("com.example.tags.TagsReader")
                .getConstructor(ObjectMapper.class)
                .newInstance(MAPPER);
        Method read = reader.getClass().getMethod("read", String.class);

        Object nothing = call(read.invoke(reader, "null").getClass().getMethod("value"), read.invoke(reader, "null"));
        Object some =
                call(read.invoke(reader, "[\"a\"]").getClass().getMethod("value"), read.invoke(reader, "[\"a\"]"));

        assertThat(call(tags.getMethod("value"), nothing)).isNull();
        assertThat(call(tags.getMethod("value"), some)).isEqualTo(List.of("a"));
        assertThat(MAPPER.writeValueAsString(nothing)).isEqualTo("null");
        assertThat(MAPPER.readValue("[\"a\"]", tags)).isEqualTo(some);
    }

    private static Stream<Path> documents(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS.resolve(kind))) {
            List<Path> found =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(found).as("%s documents", kind).isNotEmpty();
            return found.stream();
        }
    }

    /** {@code valid/redirects/rules.json} follows {@code redirects.schema.json}. */
    private static String schemaOf(Path document) {
        return document.getParent().getFileName() + ".schema.json";
    }

    private static Object reader(String schemaFile) throws ReflectiveOperationException {
        String name = PACKAGE + "." + Identifiers.pascal(schemaFile.replace(".schema.json", "")) + "Reader";
        return loader.loadClass(name).getConstructor(ObjectMapper.class).newInstance(MAPPER);
    }

    private static Method fromJsonValue(Class<?> type) throws NoSuchMethodException {
        String name = type.isInterface() ? "fromJson" : type.isEnum() ? "fromValue" : "fromJsonValue";
        return type.getMethod(name, type.isEnum() ? String.class : Object.class);
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
