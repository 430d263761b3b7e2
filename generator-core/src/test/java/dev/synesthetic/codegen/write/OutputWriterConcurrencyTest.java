package dev.synesthetic.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.testing.HangGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs into the same output folder at once (two terminals, an IDE beside the command line,
 * parallel modules) all succeed, one after the other: the folder ends as one run left it, whole,
 * with no staging or backup file behind.
 */
class OutputWriterConcurrencyTest {
    private static final int RUNS = 4;
    private static final int ROUNDS = 3;

    @TempDir
    Path temp;

    @Test
    void runsInThreadsOfOneJvmAllSucceedAndLeaveOneWholeVersion() throws Exception {
        Path out = temp.resolve("out");
        CyclicBarrier start = new CyclicBarrier(RUNS);
        ExecutorService threads = Executors.newFixedThreadPool(RUNS);
        try {
            List<Future<Object>> runs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                int version = run % 2;
                Callable<Object> write = () -> {
                    start.await();
                    ConcurrentWriter.run(out, ROUNDS, version);
                    return null;
                };
                runs.add(threads.submit(write));
            }
            for (Future<Object> run : runs) {
                HangGuard.end("a writer thread", () -> run.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertOneWholeVersion(out);
    }

    @Test
    void runsInSeparateJvmsAllSucceedAndLeaveOneWholeVersion() throws Exception {
        Path out = temp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> runs = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path log = temp.resolve("run" + run + ".txt");
            logs.add(log);
            runs.add(new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            ConcurrentWriter.class.getName(),
                            out.toString(),
                            Integer.toString(ROUNDS * 2),
                            Integer.toString(run % 2))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start());
        }
        for (int run = 0; run < RUNS; run++) {
            Process process = runs.get(run);
            int exit = HangGuard.end("a writer JVM", () -> process.waitFor());
            assertThat(exit).as(Files.readString(logs.get(run))).isZero();
        }

        assertOneWholeVersion(out);
    }

    @Test
    void aRunWaitsForTheRunHoldingTheFolderAndSaysSoOnce() throws Exception {
        Path out = temp.resolve("out");
        List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<WriteSummary> waiting;
            OutputLock held = OutputLock.acquire(out, notice -> {});
            try {
                waiting = thread.submit(
                        () -> OutputWriter.tellingWaitsTo(notices::add).write(out, ConcurrentWriter.files(0)));
                HangGuard.end("the waiting notice", () -> {
                    while (notices.isEmpty()) {
                        Thread.sleep(10);
                    }
                });
                assertThat(out)
                        .as("nothing written while another run holds the folder")
                        .doesNotExist();
            } finally {
                held.close();
            }
            assertThat(HangGuard.end("the waiting run", () -> waiting.get()).written())
                    .hasSize(ConcurrentWriter.FILES);
        } finally {
            thread.shutdownNow();
        }

        assertThat(notices).containsExactly("waiting for another synesthetic-codegen run holding " + out);
        assertOneWholeVersion(out);
    }

    @Test
    void everySpellingOfTheFolderSharesOneLockFileOutsideIt() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), out);

        Path lock = OutputLock.fileFor(out.resolve("p"));

        assertThat(OutputLock.fileFor(link.resolve("p"))).isEqualTo(lock);
        assertThat(OutputLock.fileFor(temp.resolve("x/../out/p").normalize())).isEqualTo(lock);
        assertThat(lock.startsWith(temp)).as("%s outside %s", lock, temp).isFalse();
        assertThat(OutputLock.fileFor(temp.resolve("other"))).isNotEqualTo(lock);
    }

    /** Every file of one version, and nothing else: no mix of two runs, no staging or backup file. */
    private static void assertOneWholeVersion(Path out) throws Exception {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.put(out.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        Map<String, String> version0 = asMap(ConcurrentWriter.files(0));
        Map<String, String> version1 = asMap(ConcurrentWriter.files(1));
        assertThat(found).as("the folder holds one run's output, whole").isIn(version0, version1);
    }

    private static Map<String, String> asMap(List<GeneratedFile> files) {
        Map<String, String> map = new TreeMap<>();
        files.forEach(f -> map.put(f.relativePath(), f.content()));
        return map;
    }
}
