package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.provenance.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compiled validators on disk, an entry a {@link CacheKey}: {@code validators/<digest>/} holds
 * {@code classes/<binary name>.class} and the {@link CacheManifest}. An entry is written in a
 * temporary folder beside it and moved into place in one atomic rename, so a reader sees a whole
 * entry or none; of two runs storing the same key, the first rename wins and the other keeps its own
 * classes. A read checks the manifest's key text and every class file's digest: an entry that fails
 * is reported (at verbose level) and rebuilt, never loaded.
 */
final class ValidatorCache {
    private final Path folder;
    private final Consumer<String> note;

    /**
     * @param root the cache folder ({@code --cache-dir} or {@link CacheFolder}); entries go below its {@code validators/}
     * @param note where verbose notes go (hits, misses, corrupt entries)
     */
    ValidatorCache(Path root, Consumer<String> note) {
        this.folder = root.resolve("validators");
        this.note = note;
    }

    /** What a look-up found: the validators, or none (and whether an entry was there but unusable). */
    record Lookup(Optional<CompiledValidators> hit, boolean corrupt) {}

    Lookup load(CacheKey key) {
        Path entry = folder.resolve(key.digest());
        if (!Files.isDirectory(entry)) {
            note.accept("no cached validators at " + entry + "; compiling them");
            return new Lookup(Optional.empty(), false);
        }
        try {
            CompiledValidators compiled = read(entry, key);
            note.accept("validators loaded from the cache at " + entry);
            return new Lookup(Optional.of(compiled), false);
        } catch (IOException | RuntimeException e) {
            note.accept("the cache entry " + entry + " is unusable (" + reason(e) + "); rebuilding it");
            return new Lookup(Optional.empty(), true);
        }
    }

    private static String reason(Exception e) {
        return e instanceof CacheManifest.CorruptEntry
                ? e.getMessage()
                : e instanceof NoSuchFileException ? "missing " + e.getMessage() : e.toString();
    }

    private static CompiledValidators read(Path entry, CacheKey key) throws IOException {
        CacheManifest manifest = CacheManifest.read(Files.readAllBytes(entry.resolve(CacheManifest.FILE)));
        if (!manifest.key().equals(key.text())) {
            throw new CacheManifest.CorruptEntry("stale: its manifest's key is not this run's");
        }
        SortedMap<String, byte[]> classes = new TreeMap<>();
        for (Map.Entry<String, String> expected : manifest.classDigests().entrySet()) {
            byte[] bytes = Files.readAllBytes(classFile(entry, expected.getKey()));
            if (!Digests.of(bytes).equals(expected.getValue())) {
                throw new CacheManifest.CorruptEntry(
                        "the class file of " + expected.getKey() + " does not match its digest");
            }
            classes.put(expected.getKey(), bytes);
        }
        return new CompiledValidators(
                classes, manifest.validators(), manifest.keepsSchemaKey(), manifest.rootRecords(), manifest.warnings());
    }

    private static Path classFile(Path entry, String name) {
        return entry.resolve("classes").resolve(name + ".class");
    }

    /**
     * Stores {@code compiled} under {@code key}; a failure to write is a note, not an error (the run
     * has its validators either way).
     *
     * @param replace the entry there was unusable: move it out of the way first
     */
    void store(CacheKey key, CompiledValidators compiled, boolean replace) {
        Path entry = folder.resolve(key.digest());
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempDirectory(folder, ".tmp-");
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
            if (replace) {
                retire(entry);
            }
            if (moveInto(temp, entry)) {
                temp = null;
                note.accept("validators cached at " + entry);
            } else {
                note.accept("another run cached these validators first; its entry " + entry + " is kept");
            }
        } catch (IOException | RuntimeException e) {
            note.accept("cannot cache the validators at " + entry + ": " + e);
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    /**
     * Renames {@code temp} to {@code entry} in one step; false when another run's entry is there
     * already (the rename of a folder onto a non-empty one fails, with an exception type that depends
     * on the OS).
     */
    private static boolean moveInto(Path temp, Path entry) throws IOException {
        try {
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return false;
        } catch (IOException e) {
            if (Files.isDirectory(entry)) {
                return false;
            }
            throw e;
        }
    }

    /** Renames an unusable entry aside (atomic, so no reader sees it half deleted), then deletes it. */
    private void retire(Path entry) throws IOException {
        Path trash = Files.createTempDirectory(folder, ".old-");
        Files.delete(trash);
        try {
            Files.move(entry, trash, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return; // another run retired it already
        }
        delete(trash);
    }

    private void delete(Path tree) {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            note.accept("cannot delete " + tree + ": " + e);
        }
    }
}
