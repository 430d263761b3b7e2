package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code ensure-clean} runs of one corpus and output, cached or not, and the generation entries they leave. */
final class EnsureCleanRuns {
    /** The schema folder; a test may move it. */
    Path schemas;

    private final Path output;
    private final Path cacheDir;
    private final List<String> options;

    /** @param options given to every run ({@code --package p}) */
    EnsureCleanRuns(Path schemas, Path output, Path cacheDir, String... options) {
        this.schemas = schemas;
        this.output = output;
        this.cacheDir = cacheDir;
        this.options = List.of(options);
    }

    CliRun ensureClean(String... extra) {
        List<String> args = new ArrayList<>(
                List.of("ensure-clean", "--schemas", schemas.toString(), "--output", output.toString()));
        args.addAll(options);
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    CliRun cached(String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(List.of("--cache-dir", cacheDir.toString()));
        return ensureClean(args.toArray(String[]::new));
    }

    CliRun uncached(String... extra) {
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("--no-cache");
        return ensureClean(args.toArray(String[]::new));
    }

    /** The cached run says (at verbose level) that it loaded the entry; then runs it again plainly. */
    CliRun hit(String... extra) {
        List<String> verbose = new ArrayList<>(List.of(extra));
        verbose.add("--verbose");
        assertThat(cached(verbose.toArray(String[]::new)).err()).contains("generated files loaded from the cache");
        return cached(extra);
    }

    /** The generation entries, by name (not the leftovers of a run: {@code .tmp-*}, {@code .old-*}). */
    List<Path> entries() throws IOException {
        Path folder = cacheDir.resolve("generated");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    static void assertSameRun(CliRun actual, CliRun expected) {
        assertThat(actual.exitCode()).as(actual.toString()).isEqualTo(expected.exitCode());
        assertThat(actual.out()).isEqualTo(expected.out());
        assertThat(actual.err()).isEqualTo(expected.err());
    }
}
