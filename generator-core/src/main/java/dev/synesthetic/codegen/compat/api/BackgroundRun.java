package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.diagnostic.GenerationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work that shares nothing with what the caller does meanwhile (one side's generation, the whole Java
 * API comparison beside the documents'), on a daemon thread of its own so two cores share it. Its
 * result, or exactly what it threw, is handed over when asked for.
 */
public final class BackgroundRun<T> {
    /** The work: a generator run that may report a corpus error. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws GenerationException;
    }

    private final FutureTask<T> task;

    private BackgroundRun(FutureTask<T> task) {
        this.task = task;
    }

    public static <T> BackgroundRun<T> start(String name, Work<T> work) {
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundRun<>(task);
    }

    /** Waits for the work to end, whatever its outcome: nothing is left running behind a failure. */
    public void awaitQuietly() {
        try {
            task.get();
        } catch (ExecutionException e) {
            // result() reports it to whoever asks
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public T result() throws GenerationException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GenerationException generation) {
                throw generation;
            } else if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
