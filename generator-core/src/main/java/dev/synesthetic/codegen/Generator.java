package dev.synesthetic.codegen;

import dev.synesthetic.codegen.analyze.ModelBuilder;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.JavaEmitter;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.naming.Namer;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import java.util.List;

/**
 * The pipeline: load → resolve → model → name → emit. Every stage reports into one {@link
 * Diagnostics}; after each stage that found an error the run stops, so nothing is emitted from a
 * corpus with errors and the user sees all of them at once.
 */
public final class Generator {
  private final CorpusLoader loader;

  public Generator() {
    this(new CorpusLoader());
  }

  Generator(CorpusLoader loader) {
    this.loader = loader;
  }

  public GenerationResult generate(GeneratorConfig config) throws GenerationException {
    Diagnostics diagnostics = new Diagnostics();
    SchemaModel model = model(config, diagnostics);
    JavaNames names = new Namer().name(model, diagnostics);
    stopOnErrors(diagnostics);
    List<Diagnostic> warnings = diagnostics.sorted();
    return new GenerationResult(new JavaEmitter().emit(model, names, config.packageName()), warnings);
  }

  /** Load, resolve and analyse only: the corpus as a model, for tools that need no Java source. */
  public SchemaModel model(GeneratorConfig config) throws GenerationException {
    return model(config, new Diagnostics());
  }

  private SchemaModel model(GeneratorConfig config, Diagnostics diagnostics) throws GenerationException {
    Corpus corpus = loader.load(config.schemaFolder(), diagnostics);
    stopOnErrors(diagnostics);
    SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
    RefResolver resolver = new RefResolver(index, corpus.folder(), config.idPrefixes());
    SchemaModel model = new ModelBuilder(index, resolver, diagnostics).build(corpus);
    stopOnErrors(diagnostics);
    return model;
  }

  private static void stopOnErrors(Diagnostics diagnostics) throws GenerationException {
    if (diagnostics.hasErrors()) {
      throw new GenerationException(diagnostics.sorted());
    }
  }
}
