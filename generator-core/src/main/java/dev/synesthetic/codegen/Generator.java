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
import dev.synesthetic.codegen.provenance.ManifestBuilder;
import dev.synesthetic.codegen.write.GeneratedFile;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import java.util.List;

/**
 * The pipeline: load → resolve → model → name → emit (+ a manifest of what was generated from
 * what). Every stage reports into one {@link
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
    Analysed analysed = analyse(config, diagnostics);
    JavaNames names = new Namer().name(analysed.model(), diagnostics);
    stopOnErrors(diagnostics);
    List<Diagnostic> warnings = diagnostics.sorted();
    List<GeneratedFile> sources = new JavaEmitter().emit(analysed.model(), names, config.packageName(), config.jackson());
    return new GenerationResult(ManifestBuilder.withManifest(analysed.corpus(), config.packageName(), sources), warnings);
  }

  /** Load, resolve and analyse only: the corpus as a model, for tools that need no Java source. */
  public SchemaModel model(GeneratorConfig config) throws GenerationException {
    return analyse(config, new Diagnostics()).model();
  }

  private record Analysed(Corpus corpus, SchemaModel model) {}

  private Analysed analyse(GeneratorConfig config, Diagnostics diagnostics) throws GenerationException {
    Corpus corpus = loader.load(config.schemaFolder(), diagnostics);
    stopOnErrors(diagnostics);
    SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
    RefResolver resolver = new RefResolver(index, corpus.folder(), config.idPrefixes());
    SchemaModel model = new ModelBuilder(index, resolver, diagnostics).build(corpus);
    stopOnErrors(diagnostics);
    return new Analysed(corpus, model);
  }

  private static void stopOnErrors(Diagnostics diagnostics) throws GenerationException {
    if (diagnostics.hasErrors()) {
      throw new GenerationException(diagnostics.sorted());
    }
  }
}
