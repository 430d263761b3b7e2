package dev.synesthetic.codegen.cli;

import static dev.synesthetic.codegen.cli.EnsureCleanRuns.assertSameRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ensure-clean}'s generation cache, black-box: a run that loads the generated files from the
 * cache prints exactly what a {@code --no-cache} run prints, clean or drifted, in every format.
 */
class EnsureCleanCacheTest {
    private static final String PKG = "dev/synesthetic/schema/";

    @TempDir
    Path temp;

    private Path schemas;
    private Path output;
    private Path cacheDir;
    private EnsureCleanRuns runs;

    /** A copy of the Synesthetic corpus with one unknown keyword, so every run prints a warning. */
    @BeforeEach
    void corpusAndCleanOutput() throws IOException {
        schemas = temp.resolve("schemas");
        try (Stream<Path> files = Files.walk(CliRun.synestheticSchemas())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = schemas.resolve(
                        CliRun.synestheticSchemas().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path tone = schemas.resolve("tone.schema.json");
        Files.writeString(tone, Files.readString(tone).replaceFirst("\\{", "{\"exampel\": 1,"));
        output = temp.resolve("project/src/main/java");
        cacheDir = temp.resolve("cache");
        runs = new EnsureCleanRuns(schemas, output, cacheDir);
        CliRun generate = CliRun.of("generate", "--schemas", schemas.toString(), "--output", output.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
    }

    @Test
    void aHitPrintsWhatAnUncachedRunPrintsWhenClean() throws IOException {
        CliRun uncached = runs.uncached();
        CliRun miss = runs.cached();

        assertThat(runs.entries()).hasSize(1);
        assertThat(uncached.exitCode()).as(uncached.toString()).isZero();
        assertThat(uncached.err()).contains("exampel");
        assertSameRun(miss, uncached);
        assertSameRun(runs.hit(), uncached);
    }

    @Test
    void aHitPrintsWhatAnUncachedRunPrintsForEveryKindOfDriftInEveryFormat() throws IOException {
        Path tone = output.resolve(PKG + "Tone.java");
        Files.writeString(tone, Files.readString(tone).replace("public record Tone(", "public record Tone( // mine"));
        try (Stream<Path> files = Files.list(output.resolve(PKG))) {
            Path other = files.filter(p -> !p.equals(tone) && p.toString().endsWith(".java"))
                    .findFirst()
                    .orElseThrow();
            Files.delete(other);
        }
        Files.writeString(output.resolve(PKG + "Gone.java"), GeneratedFile.MARKER + "\nclass Gone {}\n");
        runs.cached(); // the entry, made while the output drifts

        for (String format : List.of("text", "json", "github", "patch")) {
            CliRun uncached = runs.uncached("--format", format);

            assertThat(uncached.exitCode()).as(uncached.toString()).isEqualTo(ExitCodes.DRIFT);
            assertThat(uncached.out()).contains("Tone.java", "Gone.java");
            assertSameRun(runs.hit("--format", format), uncached);
        }
        assertSameRun(runs.hit("--ignore-line", "// mine"), runs.uncached("--ignore-line", "// mine"));
    }

    @Test
    void anyEditToAnEntryIsDetectedAndTheEntryRebuilt() throws IOException {
        CliRun uncached = runs.uncached();
        runs.cached();
        Path entry = runs.entries().get(0);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(entry)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(1);

        for (Path file : files) {
            byte[] before = Files.readAllBytes(file);
            List<byte[]> corruptions = new ArrayList<>();
            corruptions.add(java.util.Arrays.copyOf(before, before.length / 2)); // truncated
            byte[] edited = before.clone();
            edited[edited.length / 2] ^= 0x01;
            corruptions.add(edited); // one bit
            corruptions.add(null); // deleted
            for (byte[] corrupt : corruptions) {
                if (corrupt == null) {
                    Files.delete(file);
                } else {
                    Files.write(file, corrupt);
                }

                CliRun rebuilt = runs.cached("--verbose");

                assertThat(rebuilt.err()).as(file + "\n" + rebuilt).contains("is unusable", "rebuilding it");
                assertThat(rebuilt.exitCode()).isEqualTo(uncached.exitCode());
                assertThat(rebuilt.out()).isEqualTo(uncached.out());
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
                assertSameRun(runs.hit(), uncached);
            }
        }
    }

    @Test
    void aSchemaChangeIsAMissAndTheNewEntryIsKeptBesideTheOld() throws IOException {
        runs.cached();
        Path tone = schemas.resolve("tone.schema.json");
        Files.writeString(tone, Files.readString(tone) + "\n");

        CliRun changed = runs.cached("--verbose");

        assertThat(changed.err()).contains("no cached generated files");
        assertThat(runs.entries()).hasSize(2);
        assertSameRun(runs.hit(), runs.uncached());
    }

    @Test
    void anOptionChangeIsAMissButIgnoreLineIsNot() throws IOException {
        runs.cached();

        assertThat(runs.cached("--verbose", "--ignore-line", "x").err()).contains("loaded from the cache");
        assertThat(runs.cached("--verbose", "--no-builders").err()).contains("no cached generated files");
        assertThat(runs.cached("--verbose", "--package", "com.example").err()).contains("no cached generated files");
        assertThat(runs.entries()).hasSize(3);
    }

    @Test
    void aSchemaErrorIsNeverCached() throws IOException {
        Files.writeString(schemas.resolve("broken.schema.json"), "{\"type\": ");

        CliRun first = runs.cached();
        CliRun second = runs.cached();

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.SCHEMA);
        assertSameRun(second, first);
        assertSameRun(second, runs.uncached());
        assertThat(runs.entries()).isEmpty();
    }

    @Test
    void aHitNeverHidesAMappedFolderThatIsGone() throws IOException {
        Path library = Files.createDirectories(schemas.resolve("library"));
        String[] mapped = {"--map-id", "https://example.com/=library"};
        runs.cached(mapped);
        Files.delete(library);

        CliRun gone = runs.cached(mapped);

        assertThat(gone.exitCode()).as(gone.toString()).isEqualTo(ExitCodes.USAGE);
        assertSameRun(gone, runs.uncached(mapped));
    }

    @Test
    void noCacheReadsAndWritesNothing() {
        CliRun run = runs.uncached("--verbose");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(cacheDir).doesNotExist();
        assertThat(run.err()).doesNotContain("cache");
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOnlyTheCache() throws IOException {
        Files.writeString(cacheDir, "a file where the cache folder would be");

        CliRun run = runs.cached("--verbose");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("cannot cache the generated files");
        assertSameRun(runs.cached(), runs.uncached());
    }

    @Test
    void twoConcurrentRunsLeaveOneSoundEntry() throws Exception {
        CliRun uncached = runs.uncached();
        List<CompletableFuture<CliRun>> concurrent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            concurrent.add(CompletableFuture.supplyAsync(runs::cached));
        }

        for (CompletableFuture<CliRun> run : concurrent) {
            assertSameRun(run.get(10, TimeUnit.MINUTES), uncached);
        }
        assertThat(runs.entries()).hasSize(1);
        assertSameRun(runs.hit(), uncached);
    }

    @Test
    void theCacheLivesInTheCacheFolderOnlyNeverInTheProject() throws IOException {
        java.util.Map<String, String> before = TreeHash.of(temp.resolve("project"));

        runs.cached();
        runs.hit();

        assertThat(TreeHash.of(temp.resolve("project"))).isEqualTo(before);
        assertThat(runs.entries()).hasSize(1);
    }
}
