package dev.synesthetic.codegen.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes generated files into an output folder, all or nothing. Files whose bytes are unchanged
 * are not touched (so their timestamps stay and builds do not recompile them); generated files
 * that are no longer produced are deleted, but only files {@link GeneratedFiles} recognises as
 * ours, so a hand-written file in the folder is never lost.
 *
 * <p>New contents are first staged next to their targets; then each replaced or deleted file is
 * moved aside before its slot changes. If anything fails, every step is undone, so the folder is
 * left exactly as it was.
 *
 * <p>Runs into the same folder at once take turns ({@link OutputLock}), each seeing what the one
 * before left; staged and moved-aside files carry a name of their own run as well.
 */
public final class OutputWriter {
    private static final String STAGED = ".synesthetic-codegen.tmp";
    private static final String BACKUP = ".synesthetic-codegen.bak";

    /** Moves a file; a seam so tests can make the n-th move fail. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private final Mover mover;
    private final Consumer<String> waiting;
    private final String runId = Long.toHexString(new SecureRandom().nextLong());

    /** Says on standard error when it waits for another run holding the folder. */
    public OutputWriter() {
        this(OutputWriter::atomicMove);
    }

    public OutputWriter(Mover mover) {
        this(mover, System.err::println);
    }

    /** @param waiting told once, when this run has to wait for another run holding the output folder */
    public static OutputWriter tellingWaitsTo(Consumer<String> waiting) {
        return new OutputWriter(OutputWriter::atomicMove, waiting);
    }

    public OutputWriter(Mover mover, Consumer<String> waiting) {
        this.mover = mover;
        this.waiting = waiting;
    }

    @SuppressWarnings("try") // the lock is held for the block's duration, never read
    public WriteSummary write(Path outputFolder, List<GeneratedFile> files) throws IOException {
        Path root = outputFolder.toAbsolutePath().normalize();
        try (OutputLock turn = OutputLock.acquire(root, waiting)) {
            return writeHolding(root, files);
        }
    }

    private WriteSummary writeHolding(Path root, List<GeneratedFile> files) throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("output path " + root + " exists and is not a folder");
        }
        Map<Path, GeneratedFile> changed = new LinkedHashMap<>();
        List<String> unchanged = new ArrayList<>();
        Set<Path> produced = new HashSet<>();
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.relativePath()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("refusing to write outside the output folder: " + file.relativePath());
            }
            produced.add(target);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
                unchanged.add(file.relativePath());
            } else {
                refuseIfInTheWay(target, file.relativePath());
                changed.put(target, file);
            }
        }
        List<Path> orphans = new ArrayList<>();
        orphans.addAll(GeneratedFiles.inFoldersOf(root, files, produced));
        new Transaction().apply(changed, orphans);
        return new WriteSummary(relative(root, changed.keySet()), sorted(unchanged), relative(root, orphans));
    }

    /**
     * Checked before anything changes: a folder where a file must go, or a file this generator did
     * not write (no marker line), is never replaced.
     */
    private static void refuseIfInTheWay(Path target, String relativePath) throws IOException {
        java.util.Optional<String> reason = GeneratedFiles.inTheWay(target);
        if (reason.isPresent()) {
            throw new FileInTheWayException(relativePath + " would be generated, but " + reason.get()
                    + "; move it, or generate into another output folder or package. Nothing was written.");
        }
    }

    /** A file or folder the generator did not write stands where it must write: nothing is changed. */
    public static final class FileInTheWayException extends IOException {
        private static final long serialVersionUID = 1L;

        FileInTheWayException(String message) {
            super(message);
        }
    }

    /** One all-or-nothing change of the folder. */
    private final class Transaction {
        private final Deque<Path> createdFolders = new ArrayDeque<>();
        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private final Map<Path, Path> movedAside = new LinkedHashMap<>();
        private final List<Path> placed = new ArrayList<>();

        void apply(Map<Path, GeneratedFile> changed, List<Path> orphans) throws IOException {
            try {
                for (Map.Entry<Path, GeneratedFile> entry : changed.entrySet()) {
                    createFolders(entry.getKey().getParent());
                    Path temp = sibling(entry.getKey(), STAGED);
                    Files.write(
                            temp, entry.getValue().bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    staged.put(entry.getKey(), temp);
                }
                for (Map.Entry<Path, Path> entry : staged.entrySet()) {
                    moveAside(entry.getKey());
                    mover.move(entry.getValue(), entry.getKey());
                    placed.add(entry.getKey());
                }
                for (Path orphan : orphans) {
                    moveAside(orphan);
                }
            } catch (IOException | RuntimeException e) {
                rollBack(e);
                throw e;
            }
            for (Path backup : movedAside.values()) {
                Files.deleteIfExists(backup);
            }
        }

        private void moveAside(Path file) throws IOException {
            if (Files.exists(file)) {
                Path backup = sibling(file, BACKUP);
                mover.move(file, backup);
                movedAside.put(file, backup);
            }
        }

        private void rollBack(Exception cause) {
            try {
                for (Path file : placed) {
                    Files.deleteIfExists(file);
                }
                for (Map.Entry<Path, Path> entry : movedAside.entrySet()) {
                    Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
                for (Path temp : staged.values()) {
                    Files.deleteIfExists(temp);
                }
                while (!createdFolders.isEmpty()) {
                    Files.deleteIfExists(createdFolders.pop());
                }
            } catch (IOException undo) {
                cause.addSuppressed(undo);
            }
        }

        private void createFolders(Path folder) throws IOException {
            Deque<Path> missing = new ArrayDeque<>();
            for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
                missing.push(p);
            }
            while (!missing.isEmpty()) {
                Path next = missing.pop();
                Files.createDirectory(next);
                createdFolders.push(next);
            }
        }
    }

    /** A name beside {@code file} that only this run uses (a run killed midway leaves its own, never another's). */
    private Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + "." + runId + suffix);
    }

    private static void atomicMove(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> relative(Path root, java.util.Collection<Path> files) {
        return sorted(files.stream().map(f -> GeneratedFiles.relative(root, f)).toList());
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }
}
