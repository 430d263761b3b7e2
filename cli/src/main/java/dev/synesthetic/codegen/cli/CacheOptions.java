package dev.synesthetic.codegen.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --cache-dir} and {@code --no-cache}, declared once for every command that caches: the
 * compiled validators of {@code validate} and {@code compat} ({@link ValidatorSupply}), the generated
 * files of {@code ensure-clean} ({@link GenerationCache}).
 */
final class CacheOptions {
    @Option(
            names = "--cache-dir",
            paramLabel = "DIR",
            description = "Keep the cache (compiled validators; ensure-clean's generated files) in DIR. Default:"
                    + " $XDG_CACHE_HOME/synesthetic-codegen, else the user's cache folder (~/.cache/synesthetic-codegen;"
                    + " macOS ~/Library/Caches/synesthetic-codegen; Windows %%LOCALAPPDATA%%\\synesthetic-codegen\\cache)."
                    + " Safe to delete at any time.")
    Path cacheDir;

    @Option(
            names = "--no-cache",
            negatable = false,
            description = "Generate (and compile) everything in memory in this run and read or write no cache.")
    boolean noCache;

    /**
     * The cache (unless {@code --no-cache}) in front of generating and compiling.
     *
     * @param note where the cache's notes go (hits, misses, unusable entries), without the command's name
     */
    ValidatorSupply supply(Consumer<String> note) {
        Optional<String> generator = generator("validators", note);
        ValidatorCache cache = generator.isEmpty() ? null : new ValidatorCache(root(), note);
        return new ValidatorSupply(cache, InMemoryCompiler::compile, generator.orElse("none"), note);
    }

    /** The generation cache, unless {@code --no-cache} (or this generator's build cannot be read). */
    Optional<GenerationCache> generationCache(Consumer<String> note) {
        return generator("generated files", note).map(generator -> new GenerationCache(root(), generator, note));
    }

    private Path root() {
        return cacheDir != null ? cacheDir : CacheFolder.forUser();
    }

    /** This generator's build, which every key holds; none with {@code --no-cache}. */
    private Optional<String> generator(String what, Consumer<String> note) {
        if (noCache) {
            return Optional.empty();
        }
        Optional<String> generator = CacheKey.thisGenerator();
        if (generator.isEmpty()) {
            note.accept("the " + what + " are not cached: the generator's jars cannot be read to key them");
        }
        return generator;
    }
}
