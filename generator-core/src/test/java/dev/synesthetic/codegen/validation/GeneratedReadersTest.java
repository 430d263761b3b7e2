package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.testing.HangGuard;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-call API ({@code Emit.RECORDS_VALIDATORS_AND_READERS}): one {@code XReader} per root schema that
 * parses bytes or a String, validates with the generated validator and binds the root record, with
 * a {@code ReadResult} that is either the record or the violations. Compiled in memory and run
 * against the Synesthetic examples.
 */
class GeneratedReadersTest {
    private static final String PACKAGE = "dev.synesthetic.schema";
    private static final Path EXAMPLES = Locations.shared().resolve("synesthetic-schemas/examples");
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    private static GenerationResult generated;
    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE)
                        .emit(Emit.RECORDS_VALIDATORS_AND_READERS)
                        .formatAssertions(true)
                        .build());
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    @Test
    void readersComeOnlyWhenAskedAndOnePerRootRecord() throws Exception {
        List<String> readers = generated.files().stream()
                .map(GeneratedFile::relativePath)
                .filter(p -> p.endsWith("Reader.java"))
                .sorted()
                .toList();
        assertThat(readers)
                .hasSize(generated.rootRecords().size())
                .contains(
                        "dev/synesthetic/schema/ControlBundleReader.java",
                        "dev/synesthetic/schema/SynestheticAssetReader.java");
        assertThat(generated.files())
                .extracting(GeneratedFile::relativePath)
                .contains("dev/synesthetic/schema/ReadResult.java");
        List<GeneratedFile> plain = new Generator()
                .generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE)
                        .emit(Emit.RECORDS_AND_VALIDATORS)
                        .formatAssertions(true)
                        .build())
                .files();
        assertThat(plain)
                .extracting(GeneratedFile::relativePath)
                .noneMatch(p -> p.endsWith("Reader.java")
                        || RuntimeClasses.READERS.stream().anyMatch(runtime -> p.endsWith("/" + runtime + ".java")));
        // The records and validators do not change when readers are added: readers are extra files only.
        assertThat(generated.files())
                .containsAll(plain.stream()
                        .filter(f -> !f.relativePath().endsWith(".json"))
                        .toList());
    }

    @Test
    void everyExampleReadsToTheSameRecordJacksonBinds() throws Exception {
        List<Path> examples;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            examples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSize(15);
        for (Path example : examples) {
            byte[] bytes = Files.readAllBytes(example);
            @SuppressWarnings("unchecked")
            Map<String, Object> json = MAPPER.readValue(bytes, Map.class);
            String schemaFile = ((String) json.remove("$schema")).replaceFirst(".*/", "");
            Reader reader = readerFor(schemaFile);
            Class<?> record = loader.loadClass(generated.rootRecords().get(schemaFile));
            Object expected = MAPPER.readValue(MAPPER.writeValueAsBytes(json), record);
            // A Jackson tree has already normalised its decimals (1.0 -> 1): the record is the one the tree binds to.
            ObjectNode tree = (ObjectNode) MAPPER.readTree(bytes);
            Object fromTree = MAPPER.treeToValue(tree.deepCopy().without("$schema"), record);
            assertThat(call(reader.bind(tree), "value")).isEqualTo(fromTree);
            assertThat(tree.has("$schema")).isTrue(); // not modified

            for (Object result : List.of(
                    reader.read(bytes),
                    reader.read(new String(bytes, StandardCharsets.UTF_8)),
                    reader.bind(MAPPER.readValue(bytes, Object.class)))) {
                assertThat(result.getClass().getSimpleName())
                        .as(example + ": " + result)
                        .isEqualTo("Valid");
                assertThat(call(result, "isValid")).isEqualTo(true);
                assertThat((List<?>) call(result, "violations")).isEmpty();
                assertThat(call(result, "value"))
                        .as(example.getFileName().toString())
                        .isEqualTo(expected);
                assertThat(call(result, "orElseThrow")).isSameAs(call(result, "value"));
            }
            assertThat((List<?>) reader.validate(MAPPER.readTree(bytes))).isEmpty();
        }
    }

    /** {@code write} is {@code read}'s inverse: the written text reads back to an equal record and is JSON-equal to the input. */
    @Test
    void everyExampleIsWrittenBackAndReadsBackEqual() throws Exception {
        List<Path> examples;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            examples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path example : examples) {
            byte[] bytes = Files.readAllBytes(example);
            ObjectNode input = (ObjectNode) MAPPER.readTree(bytes);
            Reader reader = readerFor(input.remove("$schema").asText().replaceFirst(".*/", ""));
            Object record = call(reader.read(bytes), "orElseThrow");

            String text = reader.write(record);
            byte[] utf8 = reader.writeBytes(record);
            // streamed by writeJson, byte for byte what writing the toJsonValue() tree gives
            assertThat(text)
                    .as(example.toString())
                    .isEqualTo(MAPPER.writeValueAsString(
                            record.getClass().getMethod("toJsonValue").invoke(record)));

            assertThat(utf8).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            assertThat(JsonEquivalence.same(input, MAPPER.readTree(text)))
                    .as(example + ": " + text)
                    .isTrue();
            assertThat(call(reader.read(text), "orElseThrow"))
                    .as(example.toString())
                    .isEqualTo(record);
            assertThat(call(reader.read(utf8), "orElseThrow"))
                    .as(example.toString())
                    .isEqualTo(record);
        }
    }

    @Test
    void anInvalidDocumentGivesItsViolationsWithPointersAndNoRecord() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> bundle =
                MAPPER.readValue(EXAMPLES.resolve("Control-Bundle_Example.json").toFile(), Map.class);
        bundle.remove("name");
        bundle.put("unknown", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) bundle.get("control_parameters")).get(0);
        first.put("label", 3);
        byte[] bytes = MAPPER.writeValueAsBytes(bundle);
        Reader reader = readerFor("control-bundle.schema.json");
        List<String> expected = List.of(
                "(root): missing required property 'name' [required at control-bundle.schema.json#/required]",
                "/control_parameters/0/label: must be string [type at control.schema.json#/properties/label/type]",
                "/unknown: unknown property 'unknown' (additionalProperties is false) [false at control-bundle.schema.json#/additionalProperties]");

        Object result = reader.read(bytes);

        assertThat(result.getClass().getSimpleName()).isEqualTo("Invalid");
        assertThat(call(result, "isValid")).isEqualTo(false);
        assertThat(strings(call(result, "violations"))).isEqualTo(expected);
        assertThat(result.getClass().getMethods()).extracting(Method::getName).doesNotContain("value");
        assertThatThrownBy(() -> call(result, "orElseThrow"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/control_parameters/0/label: must be string");
        assertThat(strings(call(reader.read(new String(bytes, StandardCharsets.UTF_8)), "violations")))
                .isEqualTo(expected);
        assertThat(strings(call(reader.bind(bundle), "violations"))).isEqualTo(expected);
        assertThat(strings(reader.validate(MAPPER.readTree(bytes)))).isEqualTo(expected);
        assertThat(bundle).doesNotContainKey("name").containsKey("unknown"); // bind never changes the caller's value
    }

    @Test
    void aBadDateTimeIsAFormatViolation() throws Exception {
        Object result = readerFor("synesthetic-asset.schema.json")
                .read("{\"name\": \"n\", \"created_at\": \"2024-02-30T10:00:00Z\"}");

        assertThat(violations(result)).singleElement().isEqualTo(new Located("/created_at", "format"));
    }

    @Test
    void malformedJsonIsAResultNotAnException() throws Exception {
        Reader reader = readerFor("tone.schema.json");

        assertThat(violations(reader.read("{\"name\": "))).containsExactly(new Located("/name", "json"));
        assertThat(strings(call(reader.read("{\"name\": "), "violations")))
                .singleElement()
                .asString()
                .contains("not valid JSON")
                .contains("line 1, column 10");
        assertThat(violations(reader.read("{\"name\": \"t\", \"synth\": {}} {")))
                .containsExactly(new Located("", "json"));
        assertThat(violations(reader.read(new byte[] {'{', '"', (byte) 0xC3, '"'})))
                .extracting(Located::keyword)
                .containsExactly("json");
        assertThat(violations(reader.read(""))).containsExactly(new Located("", "json"));
        assertThat(violations(reader.read("{\"name\": \"t\", \"synth\": {}}"))).isEmpty();
    }

    @Test
    void aRepeatedKeyIsRefusedWhereItIsWhateverTheMapperSays() throws Exception {
        Reader reader = readerFor("control-bundle.schema.json");
        String json =
                new String(Files.readAllBytes(EXAMPLES.resolve("Control-Bundle_Example.json")), StandardCharsets.UTF_8);
        assertThat(violations(reader.read(json))).isEmpty();

        String nested = json.replaceFirst("\"label\":", "\"label\": \"again\", \"label\":");
        String atRoot = json.replaceFirst("\"name\":", "\"name\": \"again\", \"name\":");

        assertThat(violations(reader.read(nested)))
                .containsExactly(new Located("/control_parameters/0/label", "duplicateKey"));
        assertThat(violations(reader.read(atRoot.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(new Located("/name", "duplicateKey"));
        assertThat(strings(call(reader.read(atRoot), "violations")))
                .singleElement()
                .asString()
                .contains("'name'");
    }

    @Test
    void bindingIsGeneratedSoABareMapperReadsEveryExample() throws Exception {
        // No java.time or JDK 8 module: Jackson databind could not bind OffsetDateTime or Optional.
        ObjectMapper bare = JsonMapper.builder().build();
        List<Path> examples;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            examples = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path example : examples) {
            byte[] bytes = Files.readAllBytes(example);
            String schemaFile = ((String) MAPPER.readValue(bytes, Map.class).get("$schema")).replaceFirst(".*/", "");
            String base = schemaFile.replace(".schema.json", "");
            Reader withBare = new Reader(
                    loader, PACKAGE + "." + dev.synesthetic.codegen.naming.Identifiers.pascal(base) + "Reader", bare);

            assertThat(call(withBare.read(bytes), "value"))
                    .as(example.toString())
                    .isEqualTo(call(readerFor(schemaFile).read(bytes), "value"));
        }
        Reader asset = new Reader(loader, PACKAGE + ".SynestheticAssetReader", bare);
        Object record = call(
                asset.read("{\"name\": \"n\", \"created_at\": \"2024-02-29T10:00:00+01:00\", \"description\": null}"),
                "value");
        assertThat(call(record, "createdAt")).isEqualTo(java.time.OffsetDateTime.parse("2024-02-29T10:00:00+01:00"));
        assertThat(call(record, "description")).isEqualTo(java.util.Optional.empty());
        assertThat(call(record, "tone")).isNull();
    }

    /**
     * What the validator need not walk, the reader still bounds: an {@code anyOf} settled by a
     * branch's type, a free-form member. Deep, cyclic, NaN, out-of-range and oddly keyed input is a
     * violation, never a StackOverflowError, an endless loop or an exception.
     */
    @Test
    // a cycle that slips through would loop, not fail: a hang guard, not a speed claim
    @org.junit.jupiter.api.Timeout(value = HangGuard.MINUTES, unit = java.util.concurrent.TimeUnit.MINUTES)
    void hostileInputIsAViolationEvenWhereTheValidatorDoesNotLook(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Files.writeString(temp.resolve("node.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Node", "type": "object",
         "properties": {"child": {"anyOf": [{"$ref": "#"}, {"type": "object"}]}, "count": {"type": "integer"},
           "extra": {}, "tags": {"type": "array", "uniqueItems": true}, "name": {}, "Name": {}}}
        """);
        GenerationResult node = new Generator()
                .generate(GeneratorConfig.builder(temp, "n")
                        .emit(Emit.RECORDS_VALIDATORS_AND_READERS)
                        .build());
        Compilation compilation = InMemoryJava.compile(node.files(), "--release", "17");
        assertThat(compilation).succeeded();
        ClassLoader nodes = InMemoryJava.load(compilation);
        ObjectMapper lenient = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                        .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                                .maxNestingDepth(200_000)
                                .build())
                        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                        .build())
                .build();
        Reader reader = new Reader(nodes, "n.NodeReader", lenient);

        // 100,000 levels: the anyOf's {type: object} branch accepts each child without descending
        String deep = "{\"child\":".repeat(100_000) + "{}" + "}".repeat(100_000);
        Map<String, Object> deepValue = new java.util.LinkedHashMap<>();
        Map<String, Object> at = deepValue;
        for (int i = 0; i < 100_000; i++) {
            Map<String, Object> child = new java.util.LinkedHashMap<>();
            at.put("child", child);
            at = child;
        }
        assertThat(violations(reader.read(deep))).extracting(Located::keyword).containsExactly("maxDepth");
        assertThat(violations(reader.bind(deepValue)))
                .extracting(Located::keyword)
                .containsExactly("maxDepth");
        // the limit: 500 objects nested (the root and 499 children), not 501
        String atLimit = "{\"child\":".repeat(499) + "{}" + "}".repeat(499);
        String pastLimit = "{\"child\":".repeat(500) + "{}" + "}".repeat(500);
        assertThat(call(reader.read(atLimit), "isValid")).isEqualTo(true);
        assertThat(violations(reader.read(pastLimit))).containsExactly(new Located("/child".repeat(500), "maxDepth"));

        // a free-form member that contains itself
        Map<String, Object> cyclic = new java.util.LinkedHashMap<>();
        List<Object> loop = new java.util.ArrayList<>();
        loop.add(loop);
        cyclic.put("extra", loop);
        assertThat(violations(reader.bind(cyclic))).containsExactly(new Located("/extra/0", "cycle"));
        // caught before the validator, whose uniqueItems would hash the cycle for ever
        Map<String, Object> cyclicTags = new java.util.LinkedHashMap<>(Map.of("tags", loop));
        assertThat(violations(reader.bind(cyclicTags))).containsExactly(new Located("/tags/0", "cycle"));
        assertThat(strings(reader.validate(cyclicTags)))
                .singleElement()
                .asString()
                .startsWith("/tags/0: ")
                .endsWith("[cycle at ]");
        // shared, not cyclic: fine
        List<Object> shared = List.of("s");
        assertThat(call(reader.bind(Map.of("extra", List.of(shared, shared))), "isValid"))
                .isEqualTo(true);

        // NaN (a lenient mapper lets it through) is no JSON number; 1e2147483648 no exact decimal
        assertThat(violations(reader.read("{\"count\": NaN}"))).containsExactly(new Located("/count", "type"));
        assertThat(violations(reader.read("{\"count\": 1e2147483648}")))
                .extracting(Located::keyword)
                .containsExactly("json");

        // a key that is not a string (only plain values handed to bind can have one)
        Map<Object, Object> oddKey = new java.util.LinkedHashMap<>();
        oddKey.put(1, "one");
        assertThat(strings(call(reader.bind(oddKey), "violations")))
                .singleElement()
                .asString()
                .contains("a member name must be a string, not Integer")
                .contains("[json at ");
        Map<Object, Object> inner = new java.util.HashMap<>();
        inner.put(null, "x");
        assertThat(violations(reader.bind(Map.of("extra", inner)))).containsExactly(new Located("/extra", "json"));
        // fromJsonValue alone refuses one too, and with a map whose lookups ignore case a member is
        // not counted twice for "name" and "Name": the member no property names is still kept
        Class<?> nodeType = nodes.loadClass("n.Node");
        java.lang.reflect.Method fromJsonValue = nodeType.getMethod("fromJsonValue", Object.class);
        assertThatThrownBy(() -> unwrap(() -> fromJsonValue.invoke(null, oddKey)))
                .hasMessageContaining("a member name must be a string, not Integer");
        Map<String, Object> caseless = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.put("name", "n");
        caseless.put("zzz", 1);
        Object bound = unwrap(() -> fromJsonValue.invoke(null, caseless));
        assertThat(((Map<?, ?>) call(bound, "additionalProperties")).keySet()).hasToString("[zzz]");

        // a repeated key whose value is a container, nested and at the root
        assertThat(violations(reader.read("{\"extra\": {\"a\": [], \"a\": {}}}")))
                .containsExactly(new Located("/extra/a", "duplicateKey"));
        assertThat(violations(reader.read("{\"child\": {}, \"child\": []}")))
                .containsExactly(new Located("/child", "duplicateKey"));
    }

    // ---- reflection over the generated classes ----------------------------------------------------

    record Located(String instanceLocation, String keyword) {}

    /**
     * A document the validator accepts can still be unbindable for reasons its schema does not state:
     * the reader says so as a violation, it does not throw.
     */
    @Test
    void validButUnbindableDocumentsAreViolationsNotExceptions(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Files.writeString(temp.resolve("item.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Item",
         "properties": {"when": {"type": "string", "format": "date-time"}, "count": {"type": "integer"},
           "parts": {"type": "array", "items": {"title": "Part", "properties": {"at": {"type": "string", "format": "date-time"}}}},
           "extra": {}}}
        """);
        GenerationResult item = new Generator()
                .generate(GeneratorConfig.builder(temp, "p")
                        .emit(Emit.RECORDS_VALIDATORS_AND_READERS)
                        .build());
        com.google.testing.compile.Compilation compilation = InMemoryJava.compile(item.files(), "--release", "17");
        assertThat(compilation).succeeded();
        Reader reader = new Reader(InMemoryJava.load(compilation), "p.ItemReader", MAPPER);

        assertThat(call(reader.read("{\"when\": \"2024-01-01T00:00:00Z\", \"count\": 2}"), "isValid"))
                .isEqualTo(true);
        // formats are annotations here, so the validator accepts what OffsetDateTime cannot hold
        assertThat(strings(call(reader.read("{\"when\": \"yesterday\"}"), "violations")))
                .singleElement()
                .asString()
                .startsWith(
                        "/when: valid, but cannot be bound to Item: not a date-time OffsetDateTime can hold: yesterday");
        // the pointer names the value inside arrays too
        assertThat(violations(reader.read("{\"parts\": [{\"at\": \"2024-01-01T00:00:00Z\"}, {\"at\": \"soon\"}]}")))
                .containsExactly(new Located("/parts/1/at", "bind"));
        // no "type" at the root: null, a number or an array are valid and bind to no record
        for (String notAnObject : List.of("null", "5", "[1]", "\"text\"")) {
            Object result = reader.read(notAnObject);
            assertThat(call(result, "isValid")).as(notAnObject).isEqualTo(false);
            assertThat(strings(call(result, "violations")))
                    .as(notAnObject)
                    .singleElement()
                    .asString()
                    .contains("[bind at ");
        }
        // an integer, but not one to spell out in 200,000 digits
        assertThat(violations(reader.read("{\"count\": 1e200000}"))).containsExactly(new Located("/count", "bind"));
        assertThat(call(call(reader.read("{\"count\": 2.0e3}"), "value"), "count"))
                .isEqualTo(java.math.BigInteger.valueOf(2000));

        // bind(plain values): the record shares nothing mutable with the caller's values
        List<Object> inner = new java.util.ArrayList<>(List.of("a"));
        Map<String, Object> extra = new java.util.LinkedHashMap<>(Map.of("list", inner));
        Map<String, Object> document = new java.util.LinkedHashMap<>(Map.of("extra", extra));
        Object bound = call(reader.bind(document), "value");
        inner.add("b");
        extra.put("more", 1);
        assertThat(call(bound, "extra")).isEqualTo(java.util.Optional.of(Map.of("list", List.of("a"))));
    }

    /**
     * The root "$schema" key is metadata set aside only where the root schema does not declare it: a
     * schema that lists it in properties (and requires it) gets it validated and bound, by read, bind
     * and validate alike.
     */
    @Test
    void theRootSchemaKeyIsKeptWhereTheRootSchemaDeclaresIt(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Files.writeString(temp.resolve("declared.schema.json"), """
        {"title": "Declared", "type": "object", "additionalProperties": false, "required": ["$schema", "name"],
         "properties": {"$schema": {"type": "string"}, "name": {"type": "string"}}}
        """);
        Files.writeString(temp.resolve("plain.schema.json"), """
        {"title": "Plain", "type": "object", "additionalProperties": false, "properties": {"name": {"type": "string"}}}
        """);
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(temp, "k")
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .build());
        com.google.testing.compile.Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17");
        assertThat(compilation).succeeded();
        ClassLoader keys = InMemoryJava.load(compilation);
        Reader declared = new Reader(keys, "k.DeclaredReader", MAPPER);
        Reader plain = new Reader(keys, "k.PlainReader", MAPPER);
        String document = "{\"$schema\": \"jsonschema/x.schema.json\", \"name\": \"n\"}";

        assertThat(result.keepsSchemaKey()).containsExactly("declared.schema.json");
        for (Reader reader : List.of(declared, plain)) {
            assertThat(strings(call(reader.read(document), "violations"))).isEmpty();
            assertThat(strings(call(reader.bind(MAPPER.readTree(document)), "violations")))
                    .isEmpty();
            assertThat(strings(reader.validate(MAPPER.readTree(document)))).isEmpty();
        }
        assertThat(call(declared.read(document), "value").toString()).contains("jsonschema/x.schema.json");
        assertThat(violations(declared.read("{\"name\": \"n\"}"))).containsExactly(new Located("", "required"));
        assertThat(violations(declared.read("{\"$schema\": 1, \"name\": \"n\"}")))
                .containsExactly(new Located("/$schema", "type"));
    }

    /** A generated {@code XReader}, called reflectively. */
    static final class Reader {
        private final Object reader;

        Reader(ClassLoader loader, String className, ObjectMapper mapper) throws ReflectiveOperationException {
            reader = loader.loadClass(className)
                    .getConstructor(ObjectMapper.class)
                    .newInstance(mapper);
        }

        Object read(byte[] json) {
            return invoke("read", byte[].class, json);
        }

        Object read(String json) {
            return invoke("read", String.class, json);
        }

        Object bind(Object parsed) {
            return invoke("bind", Object.class, parsed);
        }

        Object validate(Object parsed) {
            return invoke("validate", Object.class, parsed);
        }

        String write(Object value) {
            return (String) invoke("write", value.getClass(), value);
        }

        byte[] writeBytes(Object value) {
            return (byte[]) invoke("writeBytes", value.getClass(), value);
        }

        private Object invoke(String name, Class<?> type, Object argument) {
            try {
                return unwrap(() -> reader.getClass().getMethod(name, type).invoke(reader, argument));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Reader readerFor(String schemaFile) throws ReflectiveOperationException {
        String base = schemaFile.replace(".schema.json", "");
        return new Reader(
                loader, PACKAGE + "." + dev.synesthetic.codegen.naming.Identifiers.pascal(base) + "Reader", MAPPER);
    }

    private static List<Located> violations(Object result) throws ReflectiveOperationException {
        return ((List<?>) call(result, "violations"))
                .stream()
                        .map(v -> {
                            try {
                                return new Located((String) call(v, "instanceLocation"), (String) call(v, "keyword"));
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
    }

    private static List<String> strings(Object violations) {
        return ((List<?>) violations).stream().map(Object::toString).toList();
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return unwrap(() -> m.invoke(target));
    }

    private interface Call {
        Object run() throws ReflectiveOperationException;
    }

    private static Object unwrap(Call call) throws ReflectiveOperationException {
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
