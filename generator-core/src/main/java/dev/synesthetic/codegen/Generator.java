package dev.synesthetic.codegen;

import dev.synesthetic.codegen.analyze.ModelBuilder;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.diagnostic.Severity;
import dev.synesthetic.codegen.emit.JavaEmitter;
import dev.synesthetic.codegen.emit.JavaLimits;
import dev.synesthetic.codegen.emit.RootBindings;
import dev.synesthetic.codegen.emit.validator.PartBudget;
import dev.synesthetic.codegen.emit.validator.ReaderEmitter;
import dev.synesthetic.codegen.emit.validator.ValidatorEmitter;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.naming.CompanionNamer;
import dev.synesthetic.codegen.naming.CompanionNames;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.naming.Namer;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.validation.InstanceSchemaKey;
import dev.synesthetic.codegen.validation.ValidatorBuilder;
import dev.synesthetic.codegen.vocabulary.KeywordCoverage;
import dev.synesthetic.codegen.write.GeneratedFile;
import dev.synesthetic.codegen.write.ManifestBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pipeline: load → resolve → model → name → emit (+ validators when asked, + a manifest of
 * what was generated from what). Every stage reports into one {@link Diagnostics}; after each
 * stage that found an error the run stops, so nothing is emitted from a corpus with errors and the
 * user sees all of them at once.
 */
public final class Generator {
    /**
     * The stack of the thread every run works on. Analysis recurses once per schema along nesting and
     * {@code $ref} chains, bounded by {@link ModelBuilder#MAX_DEPTH}; this stack holds that depth with
     * room to spare whatever the caller's own stack (reserved, not committed: only what a run uses
     * is backed by memory).
     */
    static final long STACK_BYTES = 512L << 20;

    private final CorpusLoader loader;
    private final ValidatorEmitter validatorEmitter;

    public Generator() {
        this(new CorpusLoader());
    }

    Generator(CorpusLoader loader) {
        this(loader, new ValidatorEmitter());
    }

    Generator(CorpusLoader loader, ValidatorEmitter validatorEmitter) {
        this.loader = loader;
        this.validatorEmitter = validatorEmitter;
    }

    /** Generates what {@link GeneratorConfig#emit()} asks for. */
    public GenerationResult generate(GeneratorConfig config) throws GenerationException {
        return onDeepStack(() -> config.emit().records() ? generateHere(config) : validatorsAlone(config));
    }

    private GenerationResult generateHere(GeneratorConfig config) throws GenerationException {
        ModelledGeneration run = records(config);
        GenerationResult emitted = run.result();
        return new GenerationResult(
                ManifestBuilder.withManifest(run.corpus(), config.packageName(), emitted.files()),
                emitted.warnings(),
                emitted.rootRecords(),
                emitted.validators(),
                emitted.keepsSchemaKey());
    }

    /**
     * Generates records (and what else {@code config} asks for) as {@link #generate} does, without the
     * manifest, and hands back the model and names too: one front-end run for callers that need both.
     */
    public ModelledGeneration generateWithModel(GeneratorConfig config) throws GenerationException {
        if (!config.emit().records()) {
            throw new IllegalArgumentException("a model comes with records; " + config.emit() + " emits none");
        }
        return onDeepStack(() -> records(config));
    }

    private ModelledGeneration records(GeneratorConfig config) throws GenerationException {
        Diagnostics diagnostics = diagnostics(config);
        Resolved resolved = resolve(config, diagnostics);
        SchemaModel model = model(resolved, diagnostics);
        JavaNames names = new Namer().name(model, diagnostics);
        JavaLimits.checkRecords(model, diagnostics);
        stopOnErrors(diagnostics);
        if (!config.validators()) {
            coverage(resolved.corpus()).warnUnenforced(diagnostics);
        }
        ValidatorModel checks = config.validators() ? validatorModel(resolved, config, diagnostics) : null;
        Set<String> read = config.readers() ? model.roots().keySet() : Set.of();
        CompanionNames companions = companions(checks, read, names.types(), config, diagnostics);
        List<GeneratedFile> files = new ArrayList<>(new JavaEmitter()
                .emit(
                        model,
                        names,
                        config.packageName(),
                        config.jackson(),
                        config.builders(),
                        config.beanValidation()));
        List<GeneratedFile> validators =
                checks == null ? List.of() : validatorEmitter.emit(checks, companions, config.packageName());
        java.util.SortedMap<String, RootBindings.RootBinding> roots =
                RootBindings.of(model, names, config.packageName());
        java.util.SortedMap<String, String> validatorTypes =
                GenerationResult.typesBySchemaFile(validators, config.packageName());
        files.addAll(validators);
        SortedSet<String> keepsSchemaKey = keepsSchemaKey(resolved, config);
        if (config.readers()) {
            // readers bind and report through the records' helper, whatever the roots are
            JavaEmitter.addHelper(files, config.packageName());
            files.addAll(
                    new ReaderEmitter(config.jackson()).emit(companions, roots, keepsSchemaKey, config.packageName()));
        }
        files.sort(null); // by path, as generate hands them out
        GenerationResult result =
                new GenerationResult(files, diagnostics.sorted(), rootTypes(roots), validatorTypes, keepsSchemaKey);
        return new ModelledGeneration(result, model, names, resolved.corpus());
    }

    /**
     * Validators only, no records, whatever {@code config}'s mode: {@link GeneratorConfig.Emit#VALIDATORS_ONLY}
     * for corpora the record model cannot express (e.g. {@code allOf}, {@code oneOf}).
     */
    public GenerationResult generateValidators(GeneratorConfig config) throws GenerationException {
        return generate(
                config.toBuilder().emit(GeneratorConfig.Emit.VALIDATORS_ONLY).build());
    }

    private GenerationResult validatorsAlone(GeneratorConfig config) throws GenerationException {
        ModelledValidators modelled = validatorsModelled(config);
        List<GeneratedFile> files =
                validatorEmitter.emit(modelled.model(), modelled.companions(), config.packageName());
        GenerationResult result = modelled.result();
        return new GenerationResult(
                files, result.warnings(), result.rootRecords(), result.validators(), result.keepsSchemaKey());
    }

    /**
     * Validators only, as {@link #generateValidators} makes them, but as the model and names they are
     * emitted from, no source rendered: for front ends that write the class files themselves.
     */
    public ModelledValidators modelValidators(GeneratorConfig config) throws GenerationException {
        GeneratorConfig validatorsOnly =
                config.toBuilder().emit(GeneratorConfig.Emit.VALIDATORS_ONLY).build();
        return onDeepStack(() -> validatorsModelled(validatorsOnly));
    }

    private ModelledValidators validatorsModelled(GeneratorConfig config) throws GenerationException {
        Diagnostics diagnostics = diagnostics(config);
        Resolved resolved = resolve(config, diagnostics);
        ValidatorModel checks = validatorModel(resolved, config, diagnostics);
        CompanionNames companions = companions(checks, Set.of(), Map.of(), config, diagnostics);
        GenerationResult result = new GenerationResult(
                List.of(),
                diagnostics.sorted(),
                new java.util.TreeMap<>(),
                GenerationResult.qualified(companions.validators(), config.packageName()),
                keepsSchemaKey(resolved, config));
        return new ModelledValidators(checks, companions, result);
    }

    /** Which files' instances keep their root "$schema": only validators and readers ask. */
    private static SortedSet<String> keepsSchemaKey(Resolved resolved, GeneratorConfig config) {
        return config.validators()
                ? InstanceSchemaKey.declaringFiles(resolved.corpus(), resolved.index(), resolved.resolver())
                : new TreeSet<>();
    }

    private static ValidatorModel validatorModel(Resolved resolved, GeneratorConfig config, Diagnostics diagnostics)
            throws GenerationException {
        ValidatorModel model = new ValidatorBuilder(
                        resolved.index(), resolved.resolver(), diagnostics, config.formatAssertions())
                .build(resolved.corpus());
        JavaLimits.checkValidators(model, diagnostics);
        PartBudget.refuseOversized(model, diagnostics);
        stopOnErrors(diagnostics);
        return model;
    }

    /**
     * Names the validators and readers ({@code checks} is null without validators) and reports, before
     * anything is emitted, any two top-level classes of the package that would share a name.
     */
    private static CompanionNames companions(
            ValidatorModel checks,
            Set<String> read,
            Map<SourceLocation, String> types,
            GeneratorConfig config,
            Diagnostics diagnostics)
            throws GenerationException {
        List<String> runtime = RuntimeClasses.emitted(
                config.emit().records(),
                checks != null,
                checks != null && checks.assertsFormats(),
                !config.readers()
                        ? List.of()
                        : config.jackson().readersOnJackson3()
                                ? RuntimeClasses.READERS_JACKSON3
                                : RuntimeClasses.READERS);
        CompanionNames names =
                CompanionNamer.name(checks == null ? List.of() : checks.roots(), read, types, runtime, diagnostics);
        stopOnErrors(diagnostics);
        return names;
    }

    /** The type each file's root schema became, for tools that bind whole documents. */
    private static java.util.SortedMap<String, String> rootTypes(
            java.util.SortedMap<String, RootBindings.RootBinding> roots) {
        java.util.SortedMap<String, String> types = new java.util.TreeMap<>();
        roots.forEach((file, root) -> types.put(file, root.type().canonicalName()));
        return types;
    }

    /** Loads the corpus only and counts its keywords by where each ends up (the CLI's {@code --list-keywords}). */
    public KeywordCoverage keywordCoverage(GeneratorConfig config) throws GenerationException {
        return onDeepStack(() -> {
            Diagnostics diagnostics = diagnostics(config);
            Corpus corpus = loader.load(config.schemaFolder(), config.defaultDraft(), diagnostics);
            stopOnErrors(diagnostics);
            return coverage(corpus);
        });
    }

    private static KeywordCoverage coverage(Corpus corpus) {
        KeywordCoverage coverage = new KeywordCoverage();
        corpus.documents().forEach(document -> coverage.add(document.root(), document.draft()));
        return coverage;
    }

    /** Load, resolve and analyse only: the corpus as a model, for tools that need no Java source. */
    public SchemaModel model(GeneratorConfig config) throws GenerationException {
        return onDeepStack(() -> {
            Diagnostics diagnostics = diagnostics(config);
            return model(resolve(config, diagnostics), diagnostics);
        });
    }

    /** A run of the pipeline, on the thread {@link #onDeepStack} starts. */
    @FunctionalInterface
    private interface Run<T> {
        T run() throws GenerationException;
    }

    /**
     * Runs {@code run} on a thread with {@link #STACK_BYTES} of stack and hands back its result or
     * exactly what it threw. Depth limits keep every stage inside that stack; a
     * {@code StackOverflowError} all the same becomes a {@code LIMIT_EXCEEDED} error, not a crash.
     */
    private static <T> T onDeepStack(Run<T> run) throws GenerationException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        result.set(run.run());
                    } catch (StackOverflowError e) {
                        failure.set(new GenerationException(List.of(new Diagnostic(
                                DiagnosticCode.LIMIT_EXCEEDED,
                                Severity.ERROR,
                                java.util.Optional.empty(),
                                "the corpus nests too deeply for the generator's " + (STACK_BYTES >> 20) + " MB stack",
                                "Flatten the schemas: fewer levels of nesting and shorter $ref chains."))));
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                "synesthetic-codegen",
                STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt(); // a cancelled build (IDE, mvnd): interruptible I/O stops; the worker is a daemon
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof GenerationException generation) {
            throw generation;
        } else if (thrown != null) {
            // Keep the caller's frames too: the worker's stack alone does not say who called.
            thrown.addSuppressed(new Exception("generation called from here"));
            if (thrown instanceof RuntimeException unchecked) {
                throw unchecked;
            } else if (thrown instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }

    /** The loaded corpus with its index and resolver: what both the record and the validator stages read. */
    private record Resolved(Corpus corpus, SchemaIndex index, RefResolver resolver) {}

    private Resolved resolve(GeneratorConfig config, Diagnostics diagnostics) throws GenerationException {
        Corpus corpus = loader.load(config.schemaFolder(), config.defaultDraft(), config.idPrefixes(), diagnostics);
        stopOnErrors(diagnostics);
        SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
        return new Resolved(corpus, index, new RefResolver(index, corpus.folder(), config.idPrefixes()));
    }

    private static SchemaModel model(Resolved resolved, Diagnostics diagnostics) throws GenerationException {
        SchemaModel model =
                new ModelBuilder(resolved.index(), resolved.resolver(), diagnostics).build(resolved.corpus());
        stopOnErrors(diagnostics);
        return model;
    }

    private static Diagnostics diagnostics(GeneratorConfig config) {
        return config.strict() ? new Diagnostics(Diagnostics.STRICT) : new Diagnostics();
    }

    private static void stopOnErrors(Diagnostics diagnostics) throws GenerationException {
        if (diagnostics.hasErrors()) {
            throw new GenerationException(diagnostics.sorted());
        }
    }
}
