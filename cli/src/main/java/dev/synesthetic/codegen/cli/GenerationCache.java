package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * {@code ensure-clean}'s memo of the generator: generated files on disk, an entry a {@link
 * CacheKey#forGeneration} in the {@link CacheStore} kind {@code generated}: {@value #CONTENT} (the
 * {@link GeneratedOutput}) and a manifest holding the key's text and that file's {@link
 * CacheStore#checksum}. On a hit the
 * drift check runs on the stored output exactly as on a fresh one; a schema corpus error (exit 3) is
 * never stored, as it is thrown before there is anything to store.
 */
final class GenerationCache {
    static final String CONTENT = "generated.bin";

    /**
     * How many entries stay, the most recently used: a schema edit makes one (0.75 MB for the
     * Synesthetic corpus), and a branch switched back to hits its own while it is among these.
     */
    static final int KEEP = 10;

    private final CacheStore store;
    private final String generator;
    private final Consumer<String> note;

    /** Runs the generator; a corpus error is a {@link CliFailure}. */
    @FunctionalInterface
    interface Generation {
        GeneratedOutput run() throws CliFailure;
    }

    /**
     * @param root the cache folder ({@code --cache-dir} or {@link CacheFolder}); entries go below its {@code generated/}
     * @param generator this generator build ({@link CacheKey#thisGenerator()})
     * @param note where verbose notes go
     */
    GenerationCache(Path root, String generator, Consumer<String> note) {
        this.store = new CacheStore(root, "generated", "generated files", KEEP, note);
        this.generator = generator;
        this.note = note;
    }

    /** The stored output when the entry for {@code config} is there and sound, else {@code generation}'s (then stored). */
    GeneratedOutput get(GeneratorConfig config, Generation generation) throws CliFailure {
        Optional<CacheKey> key = key(config);
        if (key.isEmpty()) {
            return generation.run();
        }
        CacheStore.Lookup<GeneratedOutput> lookup = store.load(key.get(), "generating them", e -> read(e, key.get()));
        if (lookup.hit().isPresent()) {
            return lookup.hit().get();
        }
        return store.runAndStore(key, () -> key(config), generation::run, GenerationCache::write, lookup.corrupt());
    }

    private Optional<CacheKey> key(GeneratorConfig config) {
        return CacheKey.orNote(() -> CacheKey.forGeneration(config, generator), "generated files", note);
    }

    private static GeneratedOutput read(Path entry, CacheKey key) throws IOException {
        JsonNode manifest = CacheManifest.parse(Files.readAllBytes(entry.resolve(CacheManifest.FILE)));
        CacheManifest.requireKey(manifest.get("key").textValue(), key);
        SortedMap<String, String> digests = CacheManifest.strings(manifest, "files");
        if (!digests.keySet().equals(java.util.Set.of(CONTENT))) {
            throw new CacheManifest.CorruptEntry("its manifest lists " + digests.keySet() + ", not " + CONTENT);
        }
        return GeneratedOutput.decode(
                CacheStore.readChecked(entry.resolve(CONTENT), digests.get(CONTENT), CacheStore::checksum, CONTENT));
    }

    private static void write(Path temp, CacheKey key, GeneratedOutput output) throws IOException {
        byte[] content = output.encode();
        Files.write(temp.resolve(CONTENT), content);
        ObjectNode manifest = CacheManifest.header(key.text());
        manifest.set("files", CacheManifest.map(Map.of(CONTENT, CacheStore.checksum(content))));
        Files.writeString(temp.resolve(CacheManifest.FILE), JsonTrees.write(manifest, true), StandardCharsets.UTF_8);
    }
}
