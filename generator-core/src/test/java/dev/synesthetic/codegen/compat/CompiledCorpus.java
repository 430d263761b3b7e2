package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Path;

/**
 * One corpus's generated validators as compat proves with them (format assertion on), written as
 * class files by core's {@link CompiledSide}, with the configuration they came from.
 */
record CompiledCorpus(GeneratorConfig config, CompiledSide side) {
    static GeneratorConfig config(Path folder) {
        return GeneratorConfig.builder(folder, "dev.synesthetic.compat.checked")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
    }

    static CompiledCorpus of(Path folder) throws Exception {
        GeneratorConfig config = config(folder);
        return new CompiledCorpus(config, CompiledSide.write(config, CompiledCorpus.class.getClassLoader()));
    }

    /** Whether {@code document} is valid under schema file {@code file}; a validator that throws fails the test. */
    boolean valid(String file, JsonNode document) {
        return side.valid(file, document);
    }

    /** Both sides as compat's prover sees them. */
    static DocumentValidators pair(CompiledCorpus old, CompiledCorpus neu) {
        return CompiledSide.both(old.side(), neu.side());
    }
}
