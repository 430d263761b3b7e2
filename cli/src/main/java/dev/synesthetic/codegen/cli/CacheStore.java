package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One kind of cache entry on disk, an entry a {@link CacheKey}: {@code <kind>/<digest>/} holds the
 * entry's files and its manifest (the key's text and the files' digests). The compiled validators
 * ({@link ValidatorCache}) and the generated files ({@link GenerationCache}) are two kinds. An entry
 * is written in a temporary folder beside it and moved into place in one atomic rename, so a reader
 * sees a whole entry or none; of two runs storing the same key, the first rename wins. A read that
 * finds anything wrong (a missing file, bytes that fail their digest, another key) reports it and the
 * entry is rebuilt, never used.
 */
final class CacheStore {
    private final Path folder;
    private final String what;
    private final Consumer<String> note;

    /**
     * @param root the cache folder ({@code --cache-dir} or {@link CacheFolder})
     * @param kind the subfolder this kind's entries go in
     * @param what what an entry holds, for the notes ("validators", "generated files")
     * @param note where verbose notes go (hits, misses, corrupt entries, failures to write)
     */
    CacheStore(Path root, String kind, String what, Consumer<String> note) {
        this.folder = root.resolve(kind);
        this.what = what;
        this.note = note;
    }

    /** Reads a whole entry; throws {@link CacheManifest.CorruptEntry} (or any I/O error) when it is not sound. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path entry) throws IOException;
    }

    /** Writes an entry's files into a fresh folder, its manifest last. */
    @FunctionalInterface
    interface Writer {
        void write(Path entry) throws IOException;
    }

    /** What a look-up found: the entry's content, or none (and whether an entry was there but unusable). */
    record Lookup<T>(Optional<T> hit, boolean corrupt) {
        static <T> Lookup<T> miss() {
            return new Lookup<>(Optional.empty(), false);
        }
    }

    /** @param otherwise what the run does on a miss, for the note ("compiling them") */
    <T> Lookup<T> load(CacheKey key, String otherwise, Reader<T> reader) {
        Path entry = folder.resolve(key.digest());
        if (!Files.isDirectory(entry)) {
            note.accept("no cached " + what + " at " + entry + "; " + otherwise);
            return Lookup.miss();
        }
        try {
            T content = reader.read(entry);
            note.accept(what + " loaded from the cache at " + entry);
            return new Lookup<>(Optional.of(content), false);
        } catch (IOException | RuntimeException e) {
            note.accept("the cache entry " + entry + " is unusable (" + reason(e) + "); rebuilding it");
            return new Lookup<>(Optional.empty(), true);
        }
    }

    private static String reason(Exception e) {
        return e instanceof CacheManifest.CorruptEntry
                ? e.getMessage()
                : e instanceof NoSuchFileException ? "missing " + e.getMessage() : e.toString();
    }

    /** The bytes of an entry's file, which must have the {@code digest} of {@code digestOf}. */
    static byte[] readChecked(Path file, String digest, Function<byte[], String> digestOf, String name)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!digestOf.apply(bytes).equals(digest)) {
            throw new CacheManifest.CorruptEntry("the file of " + name + " does not match its digest");
        }
        return bytes;
    }

    /**
     * Stores an entry under {@code key}; a failure to write is a note, not an error (the run has what
     * it needs either way).
     *
     * @param replace the entry there was unusable: move it out of the way first
     */
    void store(CacheKey key, Writer writer, boolean replace) {
        Path entry = folder.resolve(key.digest());
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempDirectory(folder, ".tmp-");
            writer.write(temp);
            if (replace) {
                retire(entry);
            }
            if (moveInto(temp, entry)) {
                temp = null;
                note.accept(what + " cached at " + entry);
            } else {
                note.accept("another run cached these " + what + " first; its entry " + entry + " is kept");
            }
        } catch (IOException | RuntimeException e) {
            note.accept("cannot cache the " + what + " at " + entry + ": " + e);
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
