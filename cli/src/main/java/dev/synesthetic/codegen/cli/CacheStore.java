package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One kind of cache entry on disk, an entry a {@link CacheKey}: {@code <kind>/<digest>/} holds the
 * entry's files and its manifest (the key's text and the files' digests). The compiled validators
 * ({@link ValidatorCache}) and the generated files ({@link GenerationCache}) are two kinds. An entry
 * is written in a temporary folder beside it and moved into place in one atomic rename, so a reader
 * sees a whole entry or none; of two runs storing the same key, the first rename wins. A read that
 * finds anything wrong (a missing file, bytes that fail their digest, another key) reports it and the
 * entry is rebuilt, never used. A kind may keep only its {@code keep} most recently used entries (a
 * hit sets the entry folder's time); each store also deletes the leftovers of killed runs
 * ({@code .tmp-*}, {@code .old-*}) over a day old.
 */
final class CacheStore {
    /** No bound on the number of entries. */
    static final int KEEP_ALL = Integer.MAX_VALUE;

    private static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    private final Path folder;
    private final String what;
    private final int keep;
    private final Consumer<String> note;

    /**
     * @param root the cache folder ({@code --cache-dir} or {@link CacheFolder})
     * @param kind the subfolder this kind's entries go in
     * @param what what an entry holds, for the notes ("validators", "generated files")
     * @param keep how many entries stay, the most recently used ({@link #KEEP_ALL}: all)
     * @param note where verbose notes go (hits, misses, corrupt entries, failures to write)
     */
    CacheStore(Path root, String kind, String what, int keep, Consumer<String> note) {
        this.folder = root.resolve(kind);
        this.what = what;
        this.keep = keep;
        this.note = note;
    }

    /** Reads a whole entry; throws {@link CacheManifest.CorruptEntry} (or any I/O error) when it is not sound. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path entry) throws IOException;
    }

    /** Writes an entry's files (those of {@code content}) into a fresh folder, its manifest last. */
    @FunctionalInterface
    interface Writer<T> {
        void write(Path entry, CacheKey key, T content) throws IOException;
    }

    /** What the cache stands in for: generating (and compiling). */
    @FunctionalInterface
    interface Run<T, E extends Exception> {
        T run() throws E;
    }

    /** Content an entry cannot hold as it is: not cached, and not an error (a {@code --verbose} note says why). */
    static final class Unstorable extends IOException {
        private static final long serialVersionUID = 1L;

        Unstorable(String reason) {
            super(reason);
        }
    }

    /** What a look-up found: the entry's content, or none (and whether an entry was there but unusable). */
    record Lookup<T>(Optional<T> hit, boolean corrupt) {
        static <T> Lookup<T> miss() {
            return new Lookup<>(Optional.empty(), false);
        }
    }

    /** @param otherwise what the run does on a miss, for the note ("building them") */
    <T> Lookup<T> load(CacheKey key, String otherwise, Reader<T> reader) {
        Path entry = folder.resolve(key.digest());
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            note.accept("no cached " + what + " at " + entry + "; " + otherwise);
            return Lookup.miss();
        }
        try {
            if (!Files.isDirectory(entry)) {
                throw new CacheManifest.CorruptEntry("it is not a folder");
            }
            T content = reader.read(entry);
            if (keep != KEEP_ALL) {
                touch(entry);
            }
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

    /** Most recently used first: a hit dates the entry now (one call; a read-only cache keeps its dates). */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the entry was read whole; its place in the order is all this costs
        }
    }

    /**
     * The bytes of an entry's file, which must have the {@code digest} of {@code digestOf}.
     *
     * @param name what the file is, for the reason ("the class file of x.Y")
     */
    static byte[] readChecked(Path file, String digest, Function<byte[], String> digestOf, String name)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!digestOf.apply(bytes).equals(digest)) {
            throw new CacheManifest.CorruptEntry(name + " does not match its digest");
        }
        return bytes;
    }

    /**
     * A 64-bit checksum of {@code bytes} (CRC-32 and Adler-32, computed natively): what a generation
     * entry's content is checked by. SHA-256 of its 0.7 MB costs a cold JVM 40 ms (a sixth of a
     * hit's whole run); this, 1 ms. It guards against damage (a flipped bit, a cut file), not against
     * whoever can write the cache folder, who could as well replace the jar.
     */
    static String checksum(byte[] bytes) {
        Fingerprint print = new Fingerprint();
        print.add(bytes);
        return print.toString();
    }

    /**
     * Runs {@code run} and stores what it made under {@code key}, if the inputs are still those the key
     * was made of ({@code keyNow}: a schema edited during the run would otherwise be stored under the
     * old bytes' key). Without a key, only runs.
     *
     * @param replace the entry there was unusable: move it out of the way first
     */
    <T, E extends Exception> T runAndStore(
            Optional<CacheKey> key,
            Supplier<Optional<CacheKey>> keyNow,
            Run<T, E> run,
            Writer<T> writer,
            boolean replace)
            throws E {
        T made = run.run();
        if (key.isPresent()) {
            if (key.equals(keyNow.get())) {
                store(key.get(), temp -> writer.write(temp, key.get(), made), replace);
            } else {
                note.accept("the schemas changed during the run; the " + what + " are not cached");
            }
        }
        return made;
    }

    /** Writes an entry's files into a fresh folder. */
    @FunctionalInterface
    private interface EntryFiles {
        void write(Path entry) throws IOException;
    }

    /**
     * Stores an entry under {@code key}; a failure to write is a note, not an error (the run has what
     * it needs either way).
     *
     * @param replace the entry there was unusable: move it out of the way first
     */
    private void store(CacheKey key, EntryFiles writer, boolean replace) {
        Path entry = folder.resolve(key.digest());
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = newFolder(".tmp-");
            writer.write(temp);
            if (replace) {
                retire(entry);
            }
            if (moveInto(temp, entry)) {
                temp = null;
                note.accept(what + " cached at " + entry);
                prune(entry);
            } else {
                note.accept("another run cached these " + what + " first; its entry " + entry + " is kept");
            }
        } catch (Unstorable e) {
            note.accept("the " + what + " are not cached: " + e.getMessage());
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

    /**
     * Deletes the leftovers of killed runs over a day old (a younger one may be a running store) and,
     * beyond {@code keep}, the least recently used entries (never {@code made}). Ties in time go by
     * name, so concurrent runs agree.
     */
    private void prune(Path made) {
        try {
            pruneAround(made);
        } catch (IOException e) {
            note.accept("cannot prune the cached " + what + " in " + folder + ": " + e);
        }
    }

    private void pruneAround(Path made) throws IOException {
        List<Path> entries = new ArrayList<>();
        Map<Path, FileTime> times = new HashMap<>();
        FileTime dayAgo = FileTime.from(Instant.now().minus(LEFTOVER_AGE));
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path path : listed.toList()) {
                String name = path.getFileName().toString();
                FileTime time;
                try {
                    time = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // another run's, gone meanwhile
                }
                if (name.startsWith(".tmp-") || name.startsWith(".old-")) {
                    if (time.compareTo(dayAgo) < 0) {
                        delete(path);
                    }
                } else if (!path.equals(made)) {
                    entries.add(path);
                    times.put(path, time);
                }
            }
        }
        if (entries.size() + 1 <= keep) {
            return;
        }
        entries.sort(Comparator.comparing((Path p) -> times.get(p))
                .reversed()
                .thenComparing(p -> p.getFileName().toString()));
        for (Path old : entries.subList(keep - 1, entries.size())) {
            retire(old);
        }
    }

    /**
     * A new folder of a name no other run picks, made as any folder is: the umask decides who may read
     * it (a temporary folder is its owner's alone, and an entry keeps its folder's mode).
     */
    private Path newFolder(String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = prefix + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createDirectory(folder.resolve(name));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Renames an unusable entry aside (atomic, so no reader sees it half deleted), then deletes it. */
    private void retire(Path entry) throws IOException {
        Path trash = newFolder(".old-");
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
