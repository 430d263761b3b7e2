package dev.synesthetic.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.golden.GoldenCorpus;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strongest "meaning never changes": every golden corpus, normalized, generates exactly the
 * same files (sources, validators and manifest) as it does as written.
 */
class NormalizedGenerationTest {
    @TempDir
    Path temp;

    static List<GoldenCorpus> corpora() {
        return GoldenCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void aNormalizedCorpusGeneratesTheSameFiles(GoldenCorpus corpus) throws Exception {
        Path copy = temp.resolve("corpus").resolve(corpus.schemas().getFileName());
        copyTree(corpus.schemas(), copy);
        Path version = corpus.schemas().resolveSibling("version.json");
        if (Files.isRegularFile(version)) {
            Files.copy(version, copy.resolveSibling("version.json"));
        }
        Normalizer.Result normalized =
                new Normalizer(Draft.DRAFT_2020_12).normalize(Normalizer.schemaFiles(List.of(copy)));
        assertThat(normalized.refused()).isEmpty();
        for (Normalization file : normalized.files()) {
            file.write();
        }
        assertThat(normalized.files()).anyMatch(Normalization::changed);

        GenerationResult asWritten = new Generator().generate(corpus.config());
        GenerationResult afterNormalize = new Generator()
                .generate(corpus.config().toBuilder(copy).build()); // the corpus's own options, another folder
        assertThat(afterNormalize.files()).isEqualTo(asWritten.files());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
