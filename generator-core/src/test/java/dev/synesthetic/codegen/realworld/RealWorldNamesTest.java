package dev.synesthetic.codegen.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world titles are sentences and carry URLs: on every corpus that generates, each class name
 * stays within the cap, and each root's name comes from a usable title or else the file name.
 */
class RealWorldNamesTest {
    private static final int MAX_LENGTH = 48;

    static List<RealWorldCorpusTest.Row> rows() throws Exception {
        return RealWorldCorpusTest.rows().stream()
                .filter(row -> row.outcome() == RealWorldCorpusTest.Outcome.COMPILES)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyClassNameIsAtMostTheCap(RealWorldCorpusTest.Row row) throws Exception {
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus(row.folder()), "com.example.names")
                        .idPrefixes(row.idPrefixes()) // a row may map the official meta-schemas
                        .build());
        List<String> classes = result.files().stream()
                .map(GeneratedFile::relativePath)
                .filter(path -> path.endsWith(".java"))
                .map(path -> path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length()))
                .toList();
        assertThat(classes).isNotEmpty().allMatch(name -> name.length() <= MAX_LENGTH, "at most 48 characters");
    }

    @Test
    void rootsOfToolConfigurationsAreNamedByTheToolNotTheTitleSentence() throws Exception {
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus("tool-config-titles"), "com.example.names")
                        .build());
        assertThat(result.rootRecords())
                .isEqualTo(Map.of(
                        "renovate.schema.json", "com.example.names.Renovate",
                        "prettierrc.schema.json", "com.example.names.Prettierrc",
                        "pipelines.schema.json", "com.example.names.Pipelines"));
    }

    private static Path corpus(String folder) throws URISyntaxException {
        return Path.of(
                RealWorldNamesTest.class.getResource("/real-world/" + folder).toURI());
    }
}
