package dev.synesthetic.codegen.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Makes runs that write the same output folder take turns: threads of one JVM (parallel Maven
 * modules) and separate processes (two terminals, an IDE beside the command line).
 *
 * <p>The lock file lives in the temporary folder, named by a hash of the output folder's real
 * path: not in the output folder or beside it, where it would sit among the user's sources (and in
 * their version control) after every run. A lock file is never deleted (deleting one while another
 * run waits on it would let a third run lock a new file beside it); the operating system releases
 * the lock when its process ends, however it ends.
 */
final class OutputLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    /**
     * One channel per lock file in this JVM: on POSIX, closing any channel of a file drops every
     * lock the process holds on it, so threads queue here before opening one.
     */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock turn;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock turn, FileChannel channel, FileLock lock) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits until no other run holds {@code root}, telling {@code waiting} once if it has to wait.
     *
     * @param root the output folder, absolute and normalised; it need not exist yet
     */
    static OutputLock acquire(Path root, Consumer<String> waiting) throws IOException {
        Path file = fileFor(root);
        Runnable announce = new Runnable() {
            private boolean told;

            @Override
            public void run() {
                if (!told) {
                    told = true;
                    waiting.accept("waiting for another synesthetic-codegen run holding " + root);
                }
            }
        };
        ReentrantLock turn = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        if (!turn.tryLock()) {
            announce.run();
            turn.lock();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OutputLock(turn, channel, lockFile(channel, announce));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            turn.unlock();
            throw e;
        }
    }

    /** Polls rather than blocks: another class loader in this JVM holding the file shows as an exception, not a wait. */
    private static FileLock lockFile(FileChannel channel, Runnable announce) throws IOException {
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldInThisJvm) {
                // the plugin loaded twice (two versions in one build): wait for the other copy as for a process
            }
            announce.run();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the output folder");
            }
        }
    }

    /** The lock file of an output folder: the same for every spelling of its path (relative, symbolic links). */
    static Path fileFor(Path root) throws IOException {
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path real = existing == null ? root : existing.toRealPath().resolve(existing.relativize(root));
        // A folder per user: in a shared /tmp another user's folder may not be writable.
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(
                System.getProperty("java.io.tmpdir"), "synesthetic-codegen-" + user, sha256(real.toString()) + ".lock");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            try {
                lock.release();
            } finally {
                channel.close(); // releases the lock too, should release() have failed
            }
        } finally {
            turn.unlock();
        }
    }
}
