package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record grouped for its size (over 254 properties) that is the base of an {@code allOf}
 * implements its view like any base, and so does the record merged from it (grouped too): code
 * written against the view reads either, each accessor delegating to its group.
 */
class GroupedViewTest {
    private static final String PACKAGE = "com.example.bigview";
    private static final int PROPERTIES = 300;

    @TempDir
    static Path temp;

    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        StringBuilder base = new StringBuilder("{\"type\": \"object\", \"required\": [\"p0\"], \"properties\": {");
        for (int i = 0; i < PROPERTIES; i++) {
            base.append(i == 0 ? "" : ", ")
                    .append("\"p")
                    .append(i)
                    .append("\": {\"type\": \"")
                    .append(i % 2 == 0 ? "string" : "integer")
                    .append("\"}");
        }
        base.append("}}");
        Files.writeString(
                temp.resolve("big.schema.json"),
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"title\": \"Derived\","
                        + " \"allOf\": [{\"$ref\": \"#/$defs/Base\"},"
                        + " {\"type\": \"object\", \"properties\": {\"extra\": {\"type\": \"boolean\"}}}],"
                        + " \"$defs\": {\"Base\": " + base + "}}");
        GenerationResult generated = new Generator()
                .generate(GeneratorConfig.builder(temp, PACKAGE)
                        .emit(GeneratorConfig.Emit.RECORDS)
                        .build());
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    @Test
    void theGroupedBaseAndTheGroupedMergedRecordImplementTheBasesView() throws Exception {
        Class<?> view = loader.loadClass(PACKAGE + ".BaseView");
        Class<?> baseRecord = loader.loadClass(PACKAGE + ".Base");
        Class<?> derived = loader.loadClass(PACKAGE + ".Derived");

        assertThat(view).isInterface();
        assertThat(view.isAssignableFrom(baseRecord))
                .as("Base implements BaseView")
                .isTrue();
        assertThat(view.isAssignableFrom(derived))
                .as("Derived implements BaseView")
                .isTrue();

        Map<String, Object> json = Map.of("p0", "a", "p251", 7, "extra", true);
        Method p251 = view.getMethod("p251");
        Object fromBase =
                baseRecord.getMethod("fromJsonValue", Object.class).invoke(null, Map.of("p0", "a", "p251", 7));
        Object fromDerived = derived.getMethod("fromJsonValue", Object.class).invoke(null, json);
        assertThat(p251.invoke(fromBase).toString()).isEqualTo("7");
        assertThat(p251.invoke(fromDerived).toString()).isEqualTo("7");
        assertThat(view.getMethod("p0").invoke(fromDerived)).isEqualTo("a");
    }
}
