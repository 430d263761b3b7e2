package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.compile.CompiledClasses;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter;
import dev.synesthetic.codegen.support.PlainValues;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One side's generated validators, written in memory as class files and loaded, by schema file: what proves
 * counterexamples for a front end that builds them on each run (the Maven plugin; the CLI keeps its
 * validators in its validator cache instead).
 */
public final class CompiledSide {
    private final Map<String, String> validators;
    private final ClassLoader loader;
    private final List<Diagnostic> warnings;
    /** Each schema's validate method, looked up once: the prover runs many candidates per schema. */
    private final Map<String, Method> methods = new ConcurrentHashMap<>();

    private CompiledSide(GenerationResult generated, ClassLoader loader) {
        this.validators = Map.copyOf(generated.validators());
        this.loader = loader;
        this.warnings = generated.warnings();
    }

    /**
     * The configuration a side's validators are generated with to prove counterexamples: the user's
     * corpus options on {@code folder}, validators only (any corpus {@code validate} takes works),
     * formats asserted unless {@code formatAssertions} is off.
     */
    public static GeneratorConfig validatorConfig(GeneratorConfig base, Path folder, boolean formatAssertions) {
        return GeneratorConfig.builder(folder, base.packageName())
                .idPrefixes(base.idPrefixes())
                .defaultDraft(base.defaultDraft())
                .strict(base.strict())
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(formatAssertions)
                .build();
    }

    /**
     * The validators of {@code config}, their class files written straight from the validator model
     * into the runtime's own package, as the CLI's {@code compat} builds them: no source, no javac.
     * {@code parent} must hold the runtime's class files (generator-runtime), which each side loads
     * its own copy of.
     *
     * @throws GenerationException a corpus that does not generate, with its diagnostics
     */
    public static CompiledSide write(GeneratorConfig config, ClassLoader parent) throws GenerationException {
        GeneratorConfig own =
                config.toBuilder(config.schemaFolder(), RuntimeSources.PACKAGE).build();
        ModelledValidators modelled = new Generator().modelValidators(own);
        Map<String, byte[]> classes =
                new BytecodeEmitter().emit(modelled.model(), modelled.companions(), RuntimeSources.PACKAGE);
        return new CompiledSide(modelled.result(), new CompiledClasses(new TreeMap<>(classes)).loader(parent));
    }

    /** Both sides as the validators {@link CompatChecker#compare} proves with. */
    public static DocumentValidators both(CompiledSide old, CompiledSide next) {
        return (oldSide, file, document) -> (oldSide ? old : next).valid(file, document);
    }

    /** The generator's warnings for this side's corpus. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * Whether the document is valid under schema {@code file}. A validator that throws has no
     * verdict, so it proves nothing: an internal error of the run, never a counterexample.
     */
    boolean valid(String file, JsonNode document) {
        Method validate = methods.computeIfAbsent(file, this::validateMethod);
        try {
            return ((List<?>) validate.invoke(null, PlainValues.of(document))).isEmpty();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "the validator of " + file + " failed on " + document + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("internal: " + validate + " is not accessible: " + e, e);
        }
    }

    private Method validateMethod(String file) {
        String name = validators.get(file);
        if (name == null) {
            throw new IllegalStateException("no generated validator for " + file);
        }
        try {
            return loader.loadClass(name).getMethod("validate", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("internal: " + name + ".validate is missing: " + e, e);
        }
    }
}
