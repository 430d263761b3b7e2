package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.provenance.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Compiled validators on disk, an entry a {@link CacheKey} in the {@link CacheStore} kind {@code
 * validators}: {@code classes/<binary name>.class} and the {@link CacheManifest}. A read checks the
 * manifest's key text and every class file's digest.
 */
final class ValidatorCache {
    private final CacheStore store;

    /**
     * @param root the cache folder ({@code --cache-dir} or {@link CacheFolder}); entries go below its {@code validators/}
     * @param note where verbose notes go (hits, misses, corrupt entries)
     */
    ValidatorCache(Path root, Consumer<String> note) {
        this.store = new CacheStore(root, "validators", "validators", CacheStore.KEEP_ALL, note);
    }

    CacheStore.Lookup<CompiledValidators> load(CacheKey key) {
        return store.load(key, "building them", entry -> read(entry, key));
    }

    private static CompiledValidators read(Path entry, CacheKey key) throws IOException {
        CacheManifest manifest = CacheManifest.read(Files.readAllBytes(entry.resolve(CacheManifest.FILE)));
        CacheManifest.requireKey(manifest.key(), key);
        SortedMap<String, byte[]> classes = new TreeMap<>();
        for (Map.Entry<String, String> expected : manifest.classDigests().entrySet()) {
            String name = expected.getKey();
            classes.put(
                    name,
                    CacheStore.readChecked(
                            classFile(entry, name), expected.getValue(), Digests::of, "the class file of " + name));
        }
        return new CompiledValidators(
                classes, manifest.validators(), manifest.keepsSchemaKey(), manifest.rootRecords(), manifest.warnings());
    }

    private static Path classFile(Path entry, String name) {
        return entry.resolve("classes").resolve(name + ".class");
    }

    /**
     * Compiles and stores the validators ({@link CacheStore#runAndStore}).
     *
     * @param replace the entry there was unusable: move it out of the way first
     */
    CompiledValidators compileAndStore(
            Optional<CacheKey> key,
            Supplier<Optional<CacheKey>> keyNow,
            CacheStore.Run<CompiledValidators, CliFailure> compile,
            boolean replace)
            throws CliFailure {
        return store.runAndStore(key, keyNow, compile, ValidatorCache::write, replace);
    }

    /** Stores {@code compiled} under {@code key} (an entry made by hand, for tests). */
    void store(CacheKey key, CompiledValidators compiled, boolean replace) {
        store.runAndStore(Optional.of(key), () -> Optional.of(key), () -> compiled, ValidatorCache::write, replace);
    }

    private static void write(Path temp, CacheKey key, CompiledValidators compiled) throws IOException {
        Files.createDirectories(temp.resolve("classes"));
        SortedMap<String, String> digests = new TreeMap<>();
        for (Map.Entry<String, byte[]> type : compiled.classes().entrySet()) {
            Files.write(classFile(temp, type.getKey()), type.getValue());
            digests.put(type.getKey(), Digests.of(type.getValue()));
        }
        String manifest = new CacheManifest(
                        key.text(),
                        digests,
                        compiled.validators(),
                        compiled.keepsSchemaKey(),
                        compiled.rootRecords(),
                        compiled.warnings())
                .write();
        Files.writeString(temp.resolve(CacheManifest.FILE), manifest, StandardCharsets.UTF_8);
    }
}
