package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object with more properties than a Java record has components (300 here) still gets a record:
 * its properties are held in nested groups, each a record of its own, while accessors keep the
 * properties' names and the JSON stays one flat object both ways (databind and
 * {@code fromJsonValue}). Its validator compiles too.
 */
class BigRecordTest {
    private static final String PACKAGE = "com.example.big";
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();
    private static final int PROPERTIES = 300;

    @TempDir
    static Path temp;

    private static ClassLoader loader;
    private static GenerationResult generated;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        StringBuilder schema =
                new StringBuilder("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"title\": \"Settings\","
                        + " \"type\": \"object\", \"required\": [\"p0\", \"p299\"], \"additionalProperties\": false,"
                        + " \"properties\": {");
        for (int i = 0; i < PROPERTIES; i++) {
            String type = i % 3 == 0 ? "string" : i % 3 == 1 ? "integer" : "boolean";
            schema.append(i == 0 ? "" : ", ")
                    .append("\"p")
                    .append(i)
                    .append("\": {\"type\": \"")
                    .append(type)
                    .append('"')
                    .append(type.equals("integer") ? ", \"minimum\": 0" : "")
                    .append('}');
        }
        Files.writeString(temp.resolve("settings.schema.json"), schema.append("}}"));
        generated = new Generator()
                .generate(GeneratorConfig.builder(temp, PACKAGE)
                        .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                        .build());
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    @Test
    void aDocumentBindsBothWaysWritesBackFlatAndAccessorsAreNamedLikeTheProperties() throws Exception {
        String json = "{\"p0\": \"a\", \"p1\": 7, \"p2\": true, \"p250\": 12, \"p297\": \"z\", \"p299\": false}";
        Class<?> settings = loader.loadClass(PACKAGE + ".Settings");

        Object databind = MAPPER.readValue(json, settings);
        Object fromJsonValue =
                call(settings.getMethod("fromJsonValue", Object.class), null, MAPPER.readValue(json, Object.class));

        assertThat(databind).isEqualTo(fromJsonValue);
        assertThat(call(settings.getMethod("p0"), databind)).isEqualTo("a");
        assertThat(call(settings.getMethod("p250"), databind).toString()).isEqualTo("12");
        assertThat(call(settings.getMethod("p299"), databind)).isEqualTo(false);
        assertThat(call(settings.getMethod("p5"), databind)).isNull();
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(databind));
        assertThat(JsonEquivalence.same(MAPPER.readTree(json), written))
                .as("written as %s", written)
                .isTrue();
        assertThat(written.fieldNames()).toIterable().containsExactly("p0", "p1", "p2", "p250", "p297", "p299");

        // the generated writer: one flat map across the groups, in property order
        Map<?, ?> plain = (Map<?, ?>) call(settings.getMethod("toJsonValue"), databind);
        List<Object> keys = List.copyOf(plain.keySet());
        assertThat(keys).containsExactly("p0", "p1", "p2", "p250", "p297", "p299");
        assertThat(JsonEquivalence.same(MAPPER.readTree(json), MAPPER.valueToTree(plain)))
                .isTrue();
        assertThat(call(settings.getMethod("fromJsonValue", Object.class), null, plain))
                .isEqualTo(databind);

        // the reader's write streams the groups as one object: the tree's text byte for byte
        Class<?> readerType = loader.loadClass(PACKAGE + ".SettingsReader");
        Object reader = readerType.getConstructor(ObjectMapper.class).newInstance(MAPPER);
        assertThat(call(readerType.getMethod("write", settings), reader, databind))
                .isEqualTo(MAPPER.writeValueAsString(plain));
    }

    @Test
    void unknownMembersAndMissingRequiredOnesAreRejectedAndTheValidatorSeesEveryProperty() throws Exception {
        Class<?> settings = loader.loadClass(PACKAGE + ".Settings");
        Method fromJsonValue = settings.getMethod("fromJsonValue", Object.class);

        assertThatThrownBy(() -> call(fromJsonValue, null, Map.of("p0", "a", "p299", true, "extra", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> call(fromJsonValue, null, Map.of("p0", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p299");
        Class<?> validator = loader.loadClass(generated.validators().get("settings.schema.json"));
        List<?> violations = (List<?>)
                call(validator.getMethod("validate", Object.class), null, Map.of("p0", "a", "p299", true, "p298", -1));
        assertThat(violations).singleElement().asString().contains("/p298").contains("minimum");
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
