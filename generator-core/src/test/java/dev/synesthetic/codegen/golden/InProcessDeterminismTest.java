package dev.synesthetic.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.testing.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Same corpus, same bytes: whatever order files are listed in, whatever the default locale. */
class InProcessDeterminismTest {
    private static final GeneratorConfig SYNESTHETIC = GeneratorConfig.builder(
                    Locations.synestheticSchemas(), GoldenCorpus.SYNESTHETIC_PACKAGE)
            .build();

    @Test
    void reverseFileOrderGivesIdenticalOutput() throws Exception {
        List<Path> listed = new ArrayList<>();
        GenerationResult reversed = new dev.synesthetic.codegen.GeneratorForTests(new CorpusLoader(root -> {
                    try (Stream<Path> walk = Files.walk(root)) {
                        List<Path> files = new ArrayList<>(
                                walk.filter(Files::isRegularFile).sorted().toList());
                        Collections.reverse(files);
                        listed.addAll(files);
                        return files;
                    }
                }))
                .generate(SYNESTHETIC);

        assertThat(listed.get(0).getFileName().toString()).isEqualTo("tone.schema.json");
        assertThat(reversed.files())
                .isEqualTo(new Generator().generate(SYNESTHETIC).files());
    }

    @Test
    void turkishDefaultLocaleGivesIdenticalOutput() throws Exception {
        GenerationResult expected = new Generator().generate(SYNESTHETIC);
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat("i".toUpperCase(Locale.getDefault()))
                    .as("the locale really changes case mapping")
                    .isEqualTo("\u0130");
            assertThat(new Generator().generate(SYNESTHETIC).files()).isEqualTo(expected.files());
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void twoRunsGiveIdenticalOutput() throws Exception {
        assertThat(new Generator().generate(SYNESTHETIC).files())
                .isEqualTo(new Generator().generate(SYNESTHETIC).files());
    }
}
