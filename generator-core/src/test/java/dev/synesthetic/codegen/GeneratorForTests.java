package dev.synesthetic.codegen;

import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.load.CorpusLoader;

/** Opens {@link Generator}'s package-private loader seam to tests in other packages. */
public final class GeneratorForTests {
    private final Generator generator;

    public GeneratorForTests(CorpusLoader loader) {
        this.generator = new Generator(loader);
    }

    public GenerationResult generate(GeneratorConfig config) throws GenerationException {
        return generator.generate(config);
    }
}
