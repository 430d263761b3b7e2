package dev.synesthetic.codegen.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.validation.InMemoryJava;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Code generated from hostile text means exactly the schema: {@code hostile/hostile.schema.json}
 * (a test resource) has a property name, enum values, a {@code const} and patterns full of
 * {@code *}{@code /}, {@code \\u000a}, quotes, backslashes, {@code $}, NUL and other control
 * characters, a line separator and a character outside the BMP. Records and validators are
 * generated, compiled with every lint an error, loaded, and each value is bound, written back and
 * validated: exactly the schema's values pass, their near misses fail.
 */
class HostileMeaningTest {
    private static final String NAME = "we\"ird\\ */ $x \u00e9\u0001";
    private static final List<String> VALUES = List.of(
            "*/",
            "\\u000a",
            "\"quoted\"",
            "back\\slash",
            "$S $L $$",
            "ctl\u0000\u001f\u007f",
            "line\nbreak\u2028",
            "\ud834\udd1e \u00fcn\u00ef",
            "/* x */",
            "{@code y} <b>");
    private static final String EXACT = "a\u0000\"\\*/\u00e9";
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new Jdk8Module()).build();

    private static ClassLoader loader;
    private static Class<?> root;
    private static Method isValid;

    @BeforeAll
    static void generateCompileAndLoad() throws Exception {
        Path corpus = Path.of(HostileMeaningTest.class
                        .getResource("/hostile/hostile.schema.json")
                        .toURI())
                .getParent();
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus, "p")
                        .emit(Emit.RECORDS_AND_VALIDATORS)
                        .build());
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
        root = loader.loadClass(result.rootRecords().get("hostile.schema.json"));
        isValid =
                loader.loadClass(result.validators().get("hostile.schema.json")).getMethod("isValid", Object.class);
    }

    @Test
    void noTextEscapedItsCommentOrLiteral() {
        assertThatThrownBy(() -> loader.loadClass("p.X")).isInstanceOf(ClassNotFoundException.class);
        assertThat(root.getRecordComponents())
                .extracting(RecordComponent::getName)
                .hasSize(4);
    }

    @Test
    void theHostilePropertyNameBindsAndEveryEnumValueRoundTripsExactly() throws Exception {
        RecordComponent hostile = component(NAME);
        Method value = hostile.getType().getMethod("value");
        for (String wire : VALUES) {
            String json = MAPPER.writeValueAsString(Map.of(NAME, wire));

            Object record = MAPPER.readValue(json, root);

            assertThat(value.invoke(hostile.getAccessor().invoke(record)))
                    .as("wire value of %s", wire)
                    .isEqualTo(wire);
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(record))).isEqualTo(MAPPER.readTree(json));
            assertThat(valid(Map.of(NAME, wire)))
                    .as("validator accepts %s", wire)
                    .isTrue();
        }
        assertThat(hostile.getType().getEnumConstants()).hasSize(VALUES.size());
    }

    @Test
    void nearMissesOfEachEnumValueAreRejectedByBindingAndValidation() throws Exception {
        for (String wire : VALUES) {
            for (String miss :
                    List.of(wire + " ", wire.substring(1), wire.replace('\\', '/'), wire.replace("\u0000", "\u0001"))) {
                if (VALUES.contains(miss)) {
                    continue;
                }
                String json = MAPPER.writeValueAsString(Map.of(NAME, miss));
                assertThatThrownBy(() -> MAPPER.readValue(json, root))
                        .as("binding %s", miss)
                        .isInstanceOf(DatabindException.class);
                assertThat(valid(Map.of(NAME, miss)))
                        .as("validator rejects %s", miss)
                        .isFalse();
            }
        }
        // the name itself is exact too: the same key without its control character is unknown
        assertThat(valid(Map.of(NAME.replace("\u0001", ""), "*/"))).isFalse();
    }

    @Test
    void constIsComparedExactlyAndRoundTrips() throws Exception {
        Map<String, Object> instance = instance("exact", EXACT);
        Object record = MAPPER.convertValue(instance, root);
        JsonNode written = MAPPER.valueToTree(record);

        assertThat(written.get("exact").textValue()).isEqualTo(EXACT);
        assertThat(valid(instance)).isTrue();
        for (String miss :
                List.of("a\u0001\"\\*/\u00e9", "a\u0000\"/*/\u00e9", "a\u0000\\\"\\*/\u00e9", "a\u0000\"\\*/e")) {
            assertThat(valid(instance("exact", miss)))
                    .as("const rejects %s", miss)
                    .isFalse();
        }
    }

    @Test
    void patternsWithDollarsAndBackslashesMatchWhatTheyShould() throws Exception {
        for (String good : List.of("$12.50", "$0.00")) {
            assertThat(valid(instance("price", good))).as("price %s", good).isTrue();
        }
        for (String bad : List.of("12.50", "$12.5", "x$12.50", "$12,50", "\\$12.50")) {
            assertThat(valid(instance("price", bad))).as("price %s", bad).isFalse();
        }
        assertThat(valid(instance("path", "C:\\dir*/"))).isTrue();
        for (String bad : List.of("C:dir*/", "C:\\\\dir*/", "C:\\dir/", "C:/dir*/")) {
            assertThat(valid(instance("path", bad))).as("path %s", bad).isFalse();
        }
    }

    private static Map<String, Object> instance(String key, String value) {
        Map<String, Object> instance = new LinkedHashMap<>();
        instance.put(NAME, "*/");
        instance.put(key, value);
        return instance;
    }

    private static boolean valid(Object json) throws ReflectiveOperationException {
        return (Boolean) isValid.invoke(null, json);
    }

    /** The component whose canonical-constructor parameter is bound to {@code wireName}. */
    private static RecordComponent component(String wireName) throws NoSuchMethodException {
        RecordComponent[] components = root.getRecordComponents();
        Class<?>[] types = java.util.Arrays.stream(components)
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        java.lang.reflect.Parameter[] parameters =
                root.getDeclaredConstructor(types).getParameters();
        for (int i = 0; i < parameters.length; i++) {
            JsonProperty property = parameters[i].getAnnotation(JsonProperty.class);
            if (property != null && property.value().equals(wireName)) {
                return components[i];
            }
        }
        throw new AssertionError("no component bound to " + wireName);
    }
}
