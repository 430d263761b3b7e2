package dev.synesthetic.codegen.cli;

import static dev.synesthetic.codegen.cli.EnsureCleanRuns.assertSameRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the caches meet what is around them: the folder the corpus lives in, a cache folder inside it,
 * files the loader does not read, text UTF-8 cannot hold, a broken entry, and how many entries stay.
 * Small corpora, black-box: a cached run must print what a {@code --no-cache} run prints.
 */
class CacheBoundariesTest {
    @TempDir
    Path temp;

    private Path schemas;
    private Path output;
    private Path cacheDir;
    private EnsureCleanRuns runs;

    /** {@code a} refers to {@code b} through the folder's own name: resolution depends on where it lives. */
    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("s"));
        Files.writeString(schemas.resolve("b.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "B", "type": "object",
                 "properties": {"n": {"type": "integer"}}}
                """);
        Files.writeString(schemas.resolve("a.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "A", "type": "object",
                 "properties": {"b": {"$ref": "../s/b.schema.json"}}}
                """);
        output = temp.resolve("out");
        cacheDir = temp.resolve("cache");
        runs = new EnsureCleanRuns(schemas, output, cacheDir, "--package", "p");
        generate();
    }

    private void generate() {
        CliRun generate =
                CliRun.of("generate", "--schemas", schemas.toString(), "--output", output.toString(), "--package", "p");
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
    }

    private CliRun validate(String... extra) throws IOException {
        Path document = Files.writeString(temp.resolve("doc.json"), "{\"b\": {\"n\": 1}}");
        List<String> args =
                new ArrayList<>(List.of("validate", "--schemas", schemas.toString(), "--schema", "a.schema.json"));
        args.addAll(List.of(extra));
        args.add(document.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aRenamedCorpusFolderIsAMissForBothCaches() throws IOException {
        assertThat(runs.cached().exitCode()).isZero();
        assertThat(validate("--cache-dir", cacheDir.toString()).exitCode()).isZero();
        Path renamed = temp.resolve("t");
        Files.move(schemas, renamed);
        schemas = renamed;
        runs.schemas = renamed;

        CliRun uncached = runs.ensureClean("--no-cache");

        assertThat(uncached.exitCode()).as(uncached.toString()).isEqualTo(ExitCodes.SCHEMA);
        assertSameRun(runs.cached(), uncached);
        CliRun uncachedValidate = validate("--no-cache");
        assertThat(uncachedValidate.exitCode()).as(uncachedValidate.toString()).isEqualTo(ExitCodes.SCHEMA);
        assertSameRun(validate("--cache-dir", cacheDir.toString()), uncachedValidate);
    }

    @Test
    void aCacheFolderInsideTheSchemasOrAMappedFolderIsAUsageError() throws IOException {
        Path library = Files.createDirectories(temp.resolve("library"));
        String[] map = {"--map-id", "https://example.com/=../library"};
        for (Path inside : List.of(schemas.resolve(".cache"), schemas, library.resolve("c"))) {
            List<CliRun> refused = List.of(
                    runs.ensureClean("--cache-dir", inside.toString(), map[0], map[1]),
                    validate("--cache-dir", inside.toString(), map[0], map[1]));
            for (CliRun run : refused) {
                assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
                assertThat(run.err())
                        .as(run.toString())
                        .contains("cache folder " + inside, "inside", "--cache-dir", "--no-cache");
            }
            assertThat(inside.resolve("generated")).doesNotExist();
            assertThat(inside.resolve("validators")).doesNotExist();
        }
        assertThat(runs.ensureClean(
                                "--no-cache",
                                "--cache-dir",
                                schemas.resolve(".cache").toString())
                        .exitCode())
                .isZero();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // POSIX permissions
    void anEntryIsMadeAsAnyFolderIsSoOtherUsersOfTheCacheCanReadIt() throws IOException {
        runs.cached();
        Path plain = Files.createDirectory(cacheDir.resolve("generated/plain"));

        try (var entries = Files.list(cacheDir.resolve("generated"))) {
            for (Path entry : entries.filter(e -> !e.equals(plain)).toList()) {
                assertThat(Files.getPosixFilePermissions(entry))
                        .as("%s (not a temporary folder's owner-only mode)", entry)
                        .isEqualTo(Files.getPosixFilePermissions(plain));
            }
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // symbolic links need privileges there
    void aCacheFolderReachedThroughALinkAndDotDotIsFoundInsideTheSchemas() throws IOException {
        Path sub = Files.createDirectories(schemas.resolve("sub"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), sub);
        // link/.. is the schema folder to the OS (.. after a link leaves the link's target), not temp
        String inside = link + "/../c2";

        CliRun run = runs.ensureClean("--cache-dir", inside);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(schemas.resolve("c2")).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // no named pipes
    void aNamedPipeCalledJsonDoesNotHangACachedRun() throws Exception {
        Process mkfifo =
                new ProcessBuilder("mkfifo", schemas.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        CliRun uncached = runs.ensureClean("--no-cache");
        CliRun miss = CompletableFuture.supplyAsync(() -> runs.cached()).get(2, TimeUnit.MINUTES);

        assertSameRun(miss, uncached);
        assertSameRun(runs.cached(), uncached);
    }

    @Test
    void textUtf8CannotHoldIsNotCachedSoAHitNeverAltersIt() throws IOException {
        // a lone surrogate: a valid JSON escape, no UTF-8 encoding (the generator copying it is another matter)
        Files.writeString(schemas.resolve("a.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "A", "type": "object",
                 "description": "odd \\ud800 char", "properties": {"n": {"type": "integer"}}}
                """);
        generate();
        Path a = output.resolve("p/A.java");
        Files.writeString(a, Files.readString(a).replace("package p;", "package p ;"));

        CliRun uncached = runs.ensureClean("--no-cache", "--diff-lines", "0");
        CliRun first = runs.cached("--diff-lines", "0", "--verbose");

        assertThat(uncached.exitCode()).as(uncached.toString()).isEqualTo(ExitCodes.DRIFT);
        assertThat(first.err()).contains("the generated files are not cached", "UTF-8");
        assertThat(runs.entries()).isEmpty();
        assertSameRun(runs.cached("--diff-lines", "0"), uncached);
    }

    @Test
    void anEntryPathTakenByAFileIsRetiredAndTheEntryMadeAgain() throws IOException {
        CliRun uncached = runs.ensureClean("--no-cache");
        runs.cached();
        Path entry = runs.entries().get(0);
        deleteTree(entry);
        Files.writeString(entry, "x");

        CliRun rebuilt = runs.cached("--verbose");

        assertThat(rebuilt.err()).as(rebuilt.toString()).contains("is unusable", "generated files cached at");
        assertThat(entry).isDirectory();
        assertThat(runs.cached("--verbose").err()).contains("generated files loaded from the cache");
        assertSameRun(runs.cached(), uncached);
    }

    @Test
    void onlyTheMostRecentlyUsedGenerationEntriesAreKept() throws IOException {
        Path b = schemas.resolve("b.schema.json");
        String original = Files.readString(b);
        runs.cached();
        Path first = runs.entries().get(0);
        Instant old = Instant.now().minus(2, ChronoUnit.HOURS);
        for (int i = 1; i < GenerationCache.KEEP; i++) {
            Files.writeString(b, original + " ".repeat(i));
            runs.cached();
        }
        assertThat(runs.entries()).hasSize(GenerationCache.KEEP);
        int i = 0;
        for (Path entry : runs.entries()) { // all older than now, in a known order; the first made the oldest
            Files.setLastModifiedTime(entry, FileTime.from(old.plusSeconds(entry.equals(first) ? 0 : 60 + i++)));
        }
        Path secondOldest = runs.entries().stream()
                .filter(e -> !e.equals(first))
                .min((x, y) -> lastModified(x).compareTo(lastModified(y)))
                .orElseThrow();
        Files.writeString(b, original);
        assertThat(runs.cached("--verbose").err()).contains("loaded from the cache"); // a hit refreshes it
        Path staleTemp = Files.createDirectories(cacheDir.resolve("generated/.tmp-killed"));
        Files.setLastModifiedTime(staleTemp, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Path freshTemp = Files.createDirectories(cacheDir.resolve("generated/.tmp-running"));

        Files.writeString(b, original + "\n\n\n" + " ".repeat(GenerationCache.KEEP));
        runs.cached(); // one entry too many

        assertThat(runs.entries()).hasSize(GenerationCache.KEEP).contains(first).doesNotContain(secondOldest);
        assertThat(staleTemp).doesNotExist();
        assertThat(freshTemp).isDirectory();
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
