package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns finished type specs into source text, several files at once. Rendering is the largest part of
 * a short run (JavaPoet writes every file twice, the first time to collect its imports) and each file
 * renders alone: specs are immutable, so the threads share nothing but the list of jobs. The text of
 * a file never depends on the thread count or on which thread rendered it; results keep the jobs' order.
 */
public final class SourceRenderer {
    /** Up to this many threads: the renders are short, more would mostly wait for cores. */
    private static final int MAX_THREADS = 4;

    /**
     * The stack of each rendering thread, as large as the generator's own thread's: rendering recurses
     * through nested code blocks as deep as the schemas nest.
     */
    private static final long STACK_BYTES = 512L << 20;

    private static final String INDENT = "  ";

    /** One file to render: its path relative to the output folder, its spec, the schema file it comes from. */
    public record Job(String relativePath, JavaFile file, Optional<String> sourceFile) {}

    private final int threads;

    /** On as many threads as the machine has processors, at most {@link #MAX_THREADS}. */
    public static SourceRenderer forThisMachine() {
        return new SourceRenderer(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads how many threads render at once, the calling one included (1: all on the caller) */
    public SourceRenderer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    /** A job for {@code spec} as a top-level class of {@code packageName}, in the generated code's layout. */
    public static Job job(String packageName, TypeSpec spec, Optional<String> sourceFile) {
        JavaFile file = JavaFile.builder(packageName, spec)
                .addFileComment("$L", GeneratedFile.MARKER.substring("// ".length()))
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
        return new Job(path(packageName, spec.name()), file, sourceFile);
    }

    /** {@code package/as/folders/Simple.java}. */
    public static String path(String packageName, String simpleName) {
        String folder = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        return folder + simpleName + ".java";
    }

    /**
     * The files of {@code jobs}, in the same order. What a render throws (a {@code StackOverflowError}
     * too) is thrown here, on the calling thread, after every rendering thread has stopped.
     */
    public List<GeneratedFile> render(List<Job> jobs) {
        String[] texts = new String[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < texts.length; i = next.getAndIncrement()) {
                    if (failure.get() != null) {
                        return;
                    }
                    texts[i] = jobs.get(i).file().toString();
                }
            } catch (Throwable e) { // handed to the caller, which rethrows it as it is
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(threads, jobs.size()); h++) {
            Thread helper = new Thread(null, work, "synesthetic-codegen-render-" + h, STACK_BYTES);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        joinAll(helpers);
        rethrow(failure.get());
        List<GeneratedFile> files = new ArrayList<>(jobs.size());
        for (int i = 0; i < texts.length; i++) {
            Job job = jobs.get(i);
            files.add(new GeneratedFile(job.relativePath(), texts[i], job.sourceFile()));
        }
        return files;
    }

    /** Waits for every helper, even when interrupted (their results land in an array the caller reads). */
    private static void joinAll(List<Thread> helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure == null) {
            return;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("rendering failed", failure);
    }
}
