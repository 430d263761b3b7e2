package dev.synesthetic.codegen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.GeneratorConfig.Emit;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Any bytes as a one- or two-file corpus (the files split at a line {@code //--next-file--}),
 * through load → generate with and without validators, and validators alone: each run ends in
 * generated files or a {@link GenerationException} carrying at least one error; any other
 * exception or error fails. In {@code mvn verify} it runs the seeds in
 * {@code src/test/resources/dev/synesthetic/codegen/fuzz/SchemaFuzzTestInputs/loadAndGenerate}
 * (copies of our fixtures, and every finding); {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing").
 */
class SchemaFuzzTest {
    static final byte[] NEXT_FILE = "\n//--next-file--\n".getBytes(StandardCharsets.UTF_8);
    private static final Path CORPUS = temporaryCorpus();

    @FuzzTest(maxDuration = "5m")
    void loadAndGenerate(byte[] input) throws IOException {
        writeCorpus(input);
        GeneratorConfig config = GeneratorConfig.builder(CORPUS, "fuzz.out").build();
        check(() -> new Generator().generate(config));
        check(() -> new Generator()
                .generate(config.toBuilder().emit(Emit.RECORDS_AND_VALIDATORS).build()));
        check(() -> new Generator().generateValidators(config));
    }

    @FunctionalInterface
    interface Run {
        GenerationResult run() throws GenerationException;
    }

    /** Files, or an exception that says what is wrong: nothing else may come out. */
    private static void check(Run run) {
        try {
            GenerationResult result = run.run();
            assertThat(result.files()).as("a successful run generates files").isNotEmpty();
            assertThat(result.files()).allSatisfy(f -> assertThat(f.content()).isNotEmpty());
        } catch (GenerationException e) {
            assertThat(e.diagnostics()).as("a failed run says why").anyMatch(Diagnostic::isError);
            assertThat(e.diagnostics())
                    .filteredOn(Diagnostic::isError)
                    .allSatisfy(d -> assertThat(d.message()).isNotBlank());
        }
    }

    /** {@code a.schema.json}, and {@code b.schema.json} after the first {@link #NEXT_FILE}. */
    private static void writeCorpus(byte[] input) throws IOException {
        try (Stream<Path> old = Files.list(CORPUS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        int split = indexOf(input, NEXT_FILE);
        if (split < 0) {
            Files.write(CORPUS.resolve("a.schema.json"), input);
        } else {
            Files.write(CORPUS.resolve("a.schema.json"), Arrays.copyOfRange(input, 0, split));
            Files.write(
                    CORPUS.resolve("b.schema.json"), Arrays.copyOfRange(input, split + NEXT_FILE.length, input.length));
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Path temporaryCorpus() {
        try {
            Path folder = Files.createTempDirectory("schema-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
