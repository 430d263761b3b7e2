package dev.synesthetic.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.naming.Namer;
import dev.synesthetic.codegen.testing.Locations;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One front-end run hands back what {@code generate} emits and the model and names it emitted from. */
class GenerateWithModelTest {
    private static final Path CORPUS = Locations.synestheticSchemas();

    @Test
    void theFilesAreGeneratesBesideTheModelAndNamesOfTheSameRun() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(CORPUS, "p").build();
        Generator generator = new Generator();

        ModelledGeneration run = generator.generateWithModel(config);
        GenerationResult generated = generator.generate(config);

        List<GeneratedFile> withoutManifest = generated.files().stream()
                .filter(f -> !f.relativePath().endsWith("codegen-manifest.json"))
                .toList();
        assertThat(run.result().files()).isEqualTo(withoutManifest);
        assertThat(run.result().warnings()).isEqualTo(generated.warnings());
        assertThat(run.result().rootRecords()).isEqualTo(generated.rootRecords());
        assertThat(run.result().validators()).isEqualTo(generated.validators());
        assertThat(run.model()).isEqualTo(generator.model(config));
        assertThat(run.names()).isEqualTo(new Namer().name(run.model(), new Diagnostics()));
        assertThat(run.corpus().documents()).isNotEmpty();
    }

    @Test
    void validatorsAloneHaveNoModelToHandBack() {
        GeneratorConfig config = GeneratorConfig.builder(CORPUS, "p")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .build();

        assertThatThrownBy(() -> new Generator().generateWithModel(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VALIDATORS_ONLY");
    }
}
