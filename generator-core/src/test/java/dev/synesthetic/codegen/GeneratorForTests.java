package dev.synesthetic.codegen;

import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.validator.ValidatorEmitter;
import dev.synesthetic.codegen.load.CorpusLoader;

/** Opens {@link Generator}'s package-private loader and validator-emitter seams to tests in other packages. */
public final class GeneratorForTests {
    private final Generator generator;

    public GeneratorForTests(CorpusLoader loader) {
        this.generator = new Generator(loader);
    }

    /** With the validators emitted by {@code validators} (a test's class budget). */
    public GeneratorForTests(CorpusLoader loader, ValidatorEmitter validators) {
        this.generator = new Generator(loader, validators);
    }

    public GenerationResult generate(GeneratorConfig config) throws GenerationException {
        return generator.generate(config);
    }
}
