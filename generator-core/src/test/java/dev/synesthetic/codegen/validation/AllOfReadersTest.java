package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code schemas/allof} fixture: {@code allOf} merged into one record (implementing the
 * interface of each {@code $ref}'d record branch), keywords beside {@code anyOf} as the base of its
 * variants, {@code if}/{@code then}/{@code else} adding optional components. Valid documents read,
 * bind with databind and {@code fromJsonValue} to equal values and write back JSON-equal; invalid
 * ones fail with the violation they name. Compiled in memory with every lint an error.
 */
class AllOfReadersTest {
    private static final String PACKAGE = "dev.synesthetic.fixtures.allof";
    private static final Path DOCUMENTS = Locations.golden().resolve("src/test/resources/fixture-instances/allof");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    private static GenerationResult generated;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.fixtures().resolve("allof"), PACKAGE)
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .formatAssertions(true)
                        .build());
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    private static String source(String simpleName) {
        String path = PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
        return generated.files().stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + path))
                .content();
    }

    @Test
    void allOfMergesOwnPropertiesThenBranchesIntoOneRecordImplementingTheRefdBasesInterface() {
        assertThat(source("Pet"))
                .contains("public record Pet(")
                .contains("implements NewPetView")
                .containsSubsequence("String name", "@Nullable String tag", "BigInteger id");
        assertThat(source("NewPet")).contains("implements NewPetView");
        assertThat(source("NewPetView")).contains("public interface NewPetView").contains("String name();");
        // own properties first (kind, a scalar allOf), then the $ref'd base, then the inline branch
        assertThat(source("Workload"))
                .contains("implements ResourceView")
                .containsSubsequence("String kind", "String apiVersion", "ObjectMeta metadata", "WorkloadSpec spec");
    }

    @Test
    void thenAndElseAddOptionalComponentsAndRequiredOnlyAnyOfBranchesChangeNoType() {
        assertThat(source("Payment")).contains("@Nullable String cardNumber").contains("@Nullable String iban");
        assertThat(source("Contact"))
                .contains("public record Contact(")
                .contains("@Nullable String email")
                .contains("@Nullable String phone");
        assertThat(generated.files())
                .extracting(GeneratedFile::relativePath)
                .noneMatch(p -> p.contains("ContactAnyOf"));
    }

    @Test
    void theObjectBesideAnAnyOfIsTheBaseOfEveryVariant() {
        assertThat(source("Notification")).contains("interface Notification");
        assertThat(source("NotificationOption1"))
                .containsSubsequence("String id", "String text", "String address", "@Nullable String subject");
        assertThat(source("NotificationOption2")).containsSubsequence("String id", "String text", "String number");
    }

    @Test
    void codeWrittenAgainstTheBaseInterfaceAcceptsTheMergedRecordAndTheBase() {
        List<GeneratedFile> files = new ArrayList<>(generated.files());
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withOptions("--release", "17", "-Xlint:all", "-Werror")
                .compile(Stream.concat(
                                files.stream()
                                        .filter(f -> f.relativePath().endsWith(".java"))
                                        .map(f -> JavaFileObjects.forSourceString(
                                                f.relativePath()
                                                        .replace(".java", "")
                                                        .replace('/', '.'),
                                                f.content())),
                                Stream.of(JavaFileObjects.forSourceString(
                                        "use.Names",
                                        "package use;\n"
                                                + "import dev.synesthetic.fixtures.allof.*;\n"
                                                + "final class Names {\n"
                                                + "  static String of(NewPetView pet) { return pet.name(); }\n"
                                                + "  static String kind(ResourceView r) { return r.kind(); }\n"
                                                + "  static String all(Pet pet, NewPet fresh, Workload w, Resource r) {\n"
                                                + "    return of(pet) + of(fresh) + kind(w) + kind(r);\n"
                                                + "  }\n"
                                                + "}\n")))
                        .toList());
        assertThat(compilation).succeededWithoutWarnings();
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
