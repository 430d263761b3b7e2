package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.emit.bytecode.BytecodeEmitter;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code validate} gets its compiled validators: from the cache when an entry for this
 * corpus, these options and this generator is there and sound, else by generating them, as class
 * files written directly or as sources compiled here (and caching the result). Without a cache,
 * always the latter.
 */
final class ValidatorSupply {
    /** Generated sources → class files by binary name ({@link InMemoryCompiler}; tests count calls). */
    @FunctionalInterface
    interface Compiler {
        Map<String, byte[]> compile(List<GeneratedFile> files) throws CliFailure;
    }

    /** Runs the generator; its warnings are carried in {@link CompiledValidators}, not printed. */
    @FunctionalInterface
    interface Generation {
        Generated run() throws CliFailure;
    }

    /**
     * What a generation hands over: sources for the {@link Compiler}, or the class files already
     * written from the validator model ({@code classes} non-null), which need no compiling.
     */
    record Generated(GenerationResult result, @Nullable Map<String, byte[]> classes) {
        static Generated sources(GenerationResult result) {
            return new Generated(result, null);
        }

        /** The class files written from the validator model, in {@code packageName}. */
        static Generated written(ModelledValidators modelled, String packageName) {
            return new Generated(
                    modelled.result(),
                    new BytecodeEmitter().emit(modelled.model(), modelled.companions(), packageName));
        }
    }

    private final @Nullable ValidatorCache cache;
    private final Compiler compiler;
    private final String generator;
    private final Consumer<String> note;
    private final Map<Path, String> places;

    /**
     * @param cache null for {@code --no-cache}: nothing is read or written
     * @param generator this generator build ({@link CacheKey#thisGenerator()})
     */
    ValidatorSupply(@Nullable ValidatorCache cache, Compiler compiler, String generator, Consumer<String> note) {
        this(cache, compiler, generator, note, Map.of());
    }

    private ValidatorSupply(
            @Nullable ValidatorCache cache,
            Compiler compiler,
            String generator,
            Consumer<String> note,
            Map<Path, String> places) {
        this.cache = cache;
        this.compiler = compiler;
        this.generator = generator;
        this.note = note;
        this.places = places;
    }

    /**
     * This supply, keying the corpus in {@code folder} by {@code place} instead of its path: a folder
     * made up per run (a revision copied into a temporary folder) would otherwise never be found again.
     */
    ValidatorSupply placing(Path folder, String place) {
        Map<Path, String> all = new HashMap<>(places);
        all.put(folder.toAbsolutePath().normalize(), place);
        return new ValidatorSupply(cache, compiler, generator, note, Map.copyOf(all));
    }

    /** Validators, and whether they were loaded from the cache (so a run can doubt them: {@link #rebuild}). */
    record Supplied(CompiledValidators validators, boolean fromCache) {}

    CompiledValidators get(GeneratorConfig config, Generation generation) throws CliFailure {
        return supply(config, generation).validators();
    }

    Supplied supply(GeneratorConfig config, Generation generation) throws CliFailure {
        if (cache == null) {
            return new Supplied(compile(generation.run()), false);
        }
        Optional<CacheKey> key = key(config);
        CacheStore.Lookup<CompiledValidators> lookup =
                key.isPresent() ? cache.load(key.get()) : CacheStore.Lookup.miss();
        if (lookup.hit().isPresent()) {
            return new Supplied(lookup.hit().get(), true);
        }
        return new Supplied(compileAndStore(config, generation, key, lookup.corrupt()), false);
    }

    /**
     * Compiles the validators again and replaces their cache entry: the loaded ones failed without a
     * verdict (classes that do not link with this runtime), so that entry is not to be loaded again.
     */
    CompiledValidators rebuild(GeneratorConfig config, Generation generation) throws CliFailure {
        return cache == null ? compile(generation.run()) : compileAndStore(config, generation, key(config), true);
    }

    private CompiledValidators compileAndStore(
            GeneratorConfig config, Generation generation, Optional<CacheKey> key, boolean replace) throws CliFailure {
        return Objects.requireNonNull(cache)
                .compileAndStore(key, () -> key(config), () -> compile(generation.run()), replace);
    }

    private CompiledValidators compile(Generated generated) throws CliFailure {
        Map<String, byte[]> classes = generated.classes();
        return CompiledValidators.of(
                generated.result(),
                classes != null ? classes : compiler.compile(generated.result().files()));
    }

    private Optional<CacheKey> key(GeneratorConfig config) {
        String place = places.get(config.schemaFolder().toAbsolutePath().normalize());
        return CacheKey.orNote(() -> CacheKey.of(config, generator, place), "validators", note);
    }
}
