package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.validation.InMemoryJava;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One corpus's generated validators, compiled in memory in one javac call (format assertion on, as
 * {@code compat} proves with): the test side's stand-in for the validators the CLI compiles.
 */
final class CompiledCorpus {
    /** Plain values as generated validators take them: floats as BigDecimal, as the CLI reads documents. */
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Path folder;
    private final Map<String, String> validators;
    private final ClassLoader loader;
    private final Map<String, Method> isValid = new HashMap<>();

    private CompiledCorpus(Path folder, Map<String, String> validators, ClassLoader loader) {
        this.folder = folder;
        this.validators = validators;
        this.loader = loader;
    }

    static GeneratorConfig config(Path folder) {
        return GeneratorConfig.builder(folder, "dev.synesthetic.compat.checked")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
    }

    static CompiledCorpus of(Path folder) throws Exception {
        GenerationResult generated = new Generator().generate(config(folder));
        Compilation compilation = InMemoryJava.compile(generated.files(), "--release", "17");
        if (compilation.status() != Compilation.Status.SUCCESS) {
            throw new IllegalStateException("validators of " + folder + " do not compile: " + compilation.errors());
        }
        return new CompiledCorpus(folder, generated.validators(), InMemoryJava.load(compilation));
    }

    Path folder() {
        return folder;
    }

    GeneratorConfig config() {
        return config(folder);
    }

    /** Whether {@code document} is valid under schema file {@code file}; a validator that throws fails the test. */
    boolean valid(String file, JsonNode document) {
        Method method = isValid.computeIfAbsent(file, this::method);
        try {
            return (Boolean) method.invoke(null, PLAIN.convertValue(document, Object.class));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "the validator of " + file + " threw on " + document + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Method method(String file) {
        String className = validators.get(file);
        if (className == null) {
            throw new IllegalArgumentException("no validator for " + file + " in " + folder);
        }
        try {
            return loader.loadClass(className).getMethod("isValid", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Both sides as compat's prover sees them. */
    static DocumentValidators pair(CompiledCorpus old, CompiledCorpus neu) {
        return (oldSide, file, document) -> (oldSide ? old : neu).valid(file, document);
    }
}
