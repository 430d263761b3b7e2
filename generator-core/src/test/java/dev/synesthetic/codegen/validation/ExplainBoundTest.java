package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.testing.HangGuard;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explaining a failed anyOf re-runs its branches; nested in a recursive schema that would cost
 * branches^depth. A 40-deep document of two fitting branches must be reported at once.
 */
class ExplainBoundTest {
    @TempDir
    Path temp;

    @Test
    void nestedExplanationsStayCheapAndTheViolationStaysAtItsPointer() throws Exception {
        Files.writeString(temp.resolve("t.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "#/$defs/t",
         "$defs": {"t": {"anyOf": [
           {"required": ["a"], "properties": {"c": {"$ref": "#/$defs/t"}}},
           {"required": ["b"], "properties": {"c": {"$ref": "#/$defs/t"}}}]}}}
        """);
        Compilation compilation = InMemoryJava.compile(
                new Generator()
                        .generateValidators(GeneratorConfig.builder(temp, "p").build())
                        .files(),
                "--release",
                "17");
        Method validate =
                InMemoryJava.load(compilation).loadClass("p.TValidator").getMethod("validate", Object.class);
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put("c", document);
            document = outer;
        }
        Object json = document;

        List<?> violations = HangGuard.end("explaining a 40-deep anyOf", () -> (List<?>) validate.invoke(null, json));

        assertThat(violations).isNotEmpty();
        assertThat(violations.get(0).toString()).contains("anyOf");
    }
}
