package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.ModelledValidators;
import dev.synesthetic.codegen.config.Option;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.vocabulary.KeywordCoverage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the shared options it offers, resolving them, running the
 * generator, and turning failures into messages and exit codes. Progress and diagnostics go to
 * stderr; results go to stdout.
 */
@Command(versionProvider = Main.Version.class, abbreviateSynopsis = true)
abstract class CodegenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (CliFailure failure) {
            err().println(failure.getMessage());
            if (common.verbose && failure.getCause() != null) {
                failure.getCause().printStackTrace(err());
            }
            return failure.exitCode();
        } finally {
            // Main's writers flush on println only; a command that prints (or replays held output)
            // without one would otherwise lose it at System.exit.
            out().flush();
            err().flush();
        }
    }

    abstract int run() throws CliFailure;

    /** The shared options ({@code CodegenOptions}) this command offers as flags: only those it uses. */
    abstract List<Option<?>> sharedOptions();

    /** This command line's options, merged with the settings file and the defaults. */
    CliOptions options() throws CliFailure {
        return CliOptions.resolve(common.config, CatalogFlags.read(spec, sharedOptions()));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A note for {@code --verbose} only (what the cache did), after the command's name. */
    void verboseNote(String note) {
        if (common.verbose) {
            err().println(spec.name() + ": " + note);
        }
    }

    /** Runs the generator in memory; a corpus error becomes exit 3 with every diagnostic printed. */
    GenerationResult generate(CliOptions options, GeneratorConfig config) throws CliFailure {
        GenerationResult result = generateQuietly(options.schemas(), config);
        result.warnings().forEach(w -> err().println(w.render()));
        return result;
    }

    /** As {@link #generate(CliOptions, GeneratorConfig)}, for a schema folder named by another option ({@code compat --old}). */
    GenerationResult generate(Path folder, GeneratorConfig config) throws CliFailure {
        GenerationResult result = generateQuietly(folder, config);
        result.warnings().forEach(w -> err().println(w.render()));
        return result;
    }

    /**
     * The validators {@code validate} and {@code compat} load: validators alone going into the
     * runtime's own package are written as class files straight from the validator model, no source
     * rendered and no javac run; otherwise (records for {@code --round-trip}) the sources, for javac.
     */
    ValidatorSupply.Generated generateValidators(Path folder, GeneratorConfig config) throws CliFailure {
        if (config.emit() == GeneratorConfig.Emit.VALIDATORS_ONLY
                && config.packageName().equals(RuntimeSources.PACKAGE)) {
            ModelledValidators modelled = run(folder, () -> new Generator().modelValidators(config));
            return ValidatorSupply.Generated.written(modelled, config.packageName());
        }
        return ValidatorSupply.Generated.sources(generateQuietly(folder, config));
    }

    /** {@link #generate} leaving the warnings to the caller. */
    GenerationResult generateQuietly(Path folder, GeneratorConfig config) throws CliFailure {
        return run(folder, () -> new Generator().generate(config));
    }

    /** Loads the corpus only and counts its keywords; a corpus that cannot be read fails as {@link #generate} does. */
    KeywordCoverage keywordCoverage(CliOptions options, GeneratorConfig config) throws CliFailure {
        return run(options.schemas(), () -> new Generator().keywordCoverage(config));
    }

    /** A generator call that may fail with the corpus's diagnostics. */
    @FunctionalInterface
    interface GeneratorCall<T> {
        T call() throws GenerationException;
    }

    /** Runs a generator call; a corpus error is exit 3 with every diagnostic printed. */
    <T> T run(Path folder, GeneratorCall<T> call) throws CliFailure {
        requireFolders(folder);
        try {
            return call.call();
        } catch (GenerationException e) {
            e.diagnostics().forEach(d -> err().println(sideOf(folder) + d.render()));
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            // A folder that cannot be read is an I/O problem, not a schema problem.
            boolean io = e.diagnostics().stream().anyMatch(d -> d.isError() && d.code() == DiagnosticCode.CORPUS_IO);
            throw io
                    ? new CliFailure(
                            ExitCodes.IO,
                            "error: cannot read the schemas at " + corpusName(folder) + "; " + outcome(folder))
                    : new CliFailure(
                            ExitCodes.SCHEMA,
                            errors + " error(s) in the schemas at " + corpusName(folder) + "; " + outcome(folder));
        }
    }

    /** The usage errors of a schema folder (and its --map-id folders) that is not there. */
    void requireFolders(Path folder) throws CliFailure {
        requireSchemaFolder(folder);
        requireMappedFolders(options(), folder);
    }

    /** How the user named {@code folder} (a temporary extract shows as what it was extracted from). */
    String corpusName(Path folder) {
        return folder.toString();
    }

    /** Before each diagnostic of {@code folder}: which corpus it is, for commands that read two ("old: "). */
    String sideOf(Path folder) {
        return "";
    }

    /** What a corpus error left behind, and what to do next. */
    String outcome(Path folder) {
        return "nothing was written.";
    }

    /** A --map-id folder (relative to the schemas) that is not there is a usage error too. */
    private static void requireMappedFolders(CliOptions options, Path schemas) throws CliFailure {
        for (java.util.Map.Entry<String, Path> mapping : options.idPrefixes().entrySet()) {
            Path folder = schemas.resolve(mapping.getValue());
            if (!Files.isDirectory(folder)) {
                throw new CliFailure(
                        ExitCodes.USAGE,
                        "error: folder " + folder + " of --map-id " + mapping.getKey() + "=" + mapping.getValue()
                                + " does not exist or is not a folder");
            }
        }
    }

    /** A schema folder that is not there is the user's typo (exit 2), not an I/O failure or a corpus error. */
    private static void requireSchemaFolder(Path folder) throws CliFailure {
        if (!Files.exists(folder)) {
            throw new CliFailure(
                    ExitCodes.USAGE,
                    "error: schema folder " + folder + " does not exist (check --schemas, or"
                            + " \"schemas\" in the settings file)");
        }
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(
                    ExitCodes.USAGE, "error: schema folder " + folder + " is a file, not a folder of *.json schemas");
        }
    }
}
