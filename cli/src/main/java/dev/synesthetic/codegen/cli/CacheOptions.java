package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.load.MappedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
            description =
                    "Keep the cache (the validators' class files; ensure-clean's generated files) in DIR. Default:"
                            + " $XDG_CACHE_HOME/synesthetic-codegen, else the user's cache folder (~/.cache/synesthetic-codegen;"
                            + " macOS ~/Library/Caches/synesthetic-codegen; Windows %%LOCALAPPDATA%%\\synesthetic-codegen\\cache)."
                            + " Safe to delete at any time.")
    Path cacheDir;

    @Option(
            names = "--no-cache",
            negatable = false,
            description = "Read and write no cache: this run generates everything in memory (and validate and compat"
                    + " build the validators' class files).")
    boolean noCache;

    /**
     * The cache (unless {@code --no-cache}) in front of generating and compiling.
     *
     * @param note where the cache's notes go (hits, misses, unusable entries), without the command's name
     * @param corpora the corpora whose validators it supplies: the cache folder must not be inside them
     */
    ValidatorSupply supply(Consumer<String> note, GeneratorConfig... corpora) throws CliFailure {
        Optional<String> generator = generator("validators", note);
        ValidatorCache cache = generator.isEmpty() ? null : new ValidatorCache(root(corpora), note);
        return new ValidatorSupply(cache, InMemoryCompiler::compile, generator.orElse("none"), note);
    }

    /** The generation cache, unless {@code --no-cache} (or this generator's build cannot be read). */
    Optional<GenerationCache> generationCache(GeneratorConfig config, Consumer<String> note) throws CliFailure {
        Optional<String> generator = generator("generated files", note);
        return generator.isEmpty()
                ? Optional.empty()
                : Optional.of(new GenerationCache(root(config), generator.get(), note));
    }

    /**
     * The cache folder, which must not be inside a folder the generator reads (the schemas, a mapped
     * library folder): its entries' {@code *.json} would be read as schemas, and every run would change
     * the key.
     */
    private Path root(GeneratorConfig... corpora) throws CliFailure {
        Path root = cacheDir != null ? cacheDir : CacheFolder.forUser();
        Path real = realPath(root.toAbsolutePath());
        for (GeneratorConfig corpus : corpora) {
            Path schemas = corpus.schemaFolder().toAbsolutePath().normalize();
            Map<String, Path> read = new LinkedHashMap<>();
            read.put("the schema folder", schemas);
            MappedFolders.outside(schemas, corpus.idPrefixes())
                    .forEach((prefix, folder) -> read.put("the folder mapped to " + prefix, folder));
            for (Map.Entry<String, Path> folder : read.entrySet()) {
                // a folder not there fails the run anyway, with its own message
                if (Files.isDirectory(folder.getValue()) && real.startsWith(realPath(folder.getValue()))) {
                    throw new CliFailure(
                            ExitCodes.USAGE,
                            "error: the cache folder " + root + " is inside " + folder.getKey() + " "
                                    + folder.getValue() + ", whose *.json files are read as schemas; give --cache-dir"
                                    + " a folder outside it (or run with --no-cache)");
                }
            }
        }
        return root;
    }

    /**
     * {@code path} through any links, as far as it exists (a cache folder is made on first use). Not
     * normalized first: {@code link/..} is the parent of the link's target to the OS, not the link's.
     */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path.normalize();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path.normalize();
        }
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
