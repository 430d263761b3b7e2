package dev.synesthetic.codegen.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.runtime.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validators generated into the runtime's own package compile alone against the runtime's classes
 * and load with a private copy of them (what {@code validate} does to skip compiling the runtime).
 */
class OwnRuntimeTest {
    @TempDir
    Path temp;

    private CompiledClasses validators(String schema) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("schemas" + schema.hashCode()));
        Files.writeString(folder.resolve("thing.schema.json"), schema);
        GeneratorConfig config = GeneratorConfig.builder(folder, RuntimeSources.PACKAGE)
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        return InMemoryJavac.compile(new Generator().generate(config).files(), List.of(runtime()));
    }

    private static Path runtime() throws Exception {
        return Path.of(Violation.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static List<?> validate(ClassLoader loader, Object value) throws Exception {
        return (List<?>) loader.loadClass(RuntimeSources.PACKAGE + ".ThingValidator")
                .getMethod("validate", Object.class)
                .invoke(null, value);
    }

    @Test
    void onlyTheValidatorsAreCompiledAndTheyRunOnTheRuntimesClasses() throws Exception {
        CompiledClasses compiled = validators("""
                {"type": "object", "required": ["name"],
                 "properties": {"name": {"type": "string"}, "mail": {"format": "email"}}}
                """);

        assertThat(compiled.classes().keySet())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith(RuntimeSources.PACKAGE + ".ThingValidator"));
        ClassLoader loader = compiled.loader(getClass().getClassLoader());
        assertThat(validate(loader, Map.of("name", "Ada"))).isEmpty();
        assertThat(validate(loader, Map.of("name", "Ada", "mail", "no address")))
                .singleElement()
                .hasToString(
                        "/mail: must be a valid email (RFC 5321) [format at thing.schema.json#/properties/mail/format]");
    }

    @Test
    void eachLoaderHasItsOwnRuntimeSoTwoCorporaNeverMeet() throws Exception {
        ClassLoader parent = getClass().getClassLoader();
        ClassLoader strings = validators("{\"type\": \"string\"}").loader(parent);
        ClassLoader numbers = validators("{\"type\": \"number\"}").loader(parent);

        assertThat(validate(strings, "a")).isEmpty();
        assertThat(validate(numbers, "a")).hasSize(1);
        assertThat(validate(numbers, 1)).isEmpty();
        assertThat(validate(strings, 1)).hasSize(1);
        Class<?> stringsViolation = strings.loadClass(Violation.class.getName());
        Class<?> numbersViolation = numbers.loadClass(Violation.class.getName());
        assertThat(stringsViolation).isNotSameAs(numbersViolation).isNotSameAs(Violation.class);
        assertThat(stringsViolation.getClassLoader()).isSameAs(strings);
        assertThat(validate(strings, 1).get(0).getClass()).isSameAs(stringsViolation);
    }
}
