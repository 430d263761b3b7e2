package dev.synesthetic.codegen.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --cache-dir} and {@code --no-cache}, declared once for every command that compiles the
 * generated validators ({@code validate}, {@code compat}), and the {@link ValidatorSupply} they select.
 */
final class CacheOptions {
    @Option(
            names = "--cache-dir",
            paramLabel = "DIR",
            description = "Keep compiled validators in DIR. Default: $XDG_CACHE_HOME/synesthetic-codegen, else the"
                    + " user's cache folder (~/.cache/synesthetic-codegen; macOS ~/Library/Caches/synesthetic-codegen;"
                    + " Windows %%LOCALAPPDATA%%\\synesthetic-codegen\\cache). Safe to delete at any time.")
    Path cacheDir;

    @Option(
            names = "--no-cache",
            negatable = false,
            description = "Generate and compile the validators in memory and read or write no cache.")
    boolean noCache;

    /**
     * The cache (unless {@code --no-cache}) in front of generating and compiling.
     *
     * @param note where the cache's notes go (hits, misses, unusable entries), without the command's name
     */
    ValidatorSupply supply(Consumer<String> note) {
        Optional<String> generator = noCache ? Optional.empty() : CacheKey.thisGenerator();
        if (!noCache && generator.isEmpty()) {
            note.accept("the validators are not cached: the generator's jars cannot be read to key them");
        }
        ValidatorCache cache = generator.isEmpty()
                ? null
                : new ValidatorCache(cacheDir != null ? cacheDir : CacheFolder.forUser(), note);
        return new ValidatorSupply(cache, InMemoryCompiler::compile, generator.orElse("none"), note);
    }
}
