package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: corpus options, running the generator, and turning failures into
 * messages and exit codes. Progress and diagnostics go to stderr; results go to stdout.
 */
abstract class CodegenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus = new CorpusOptions();

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (CliFailure failure) {
      err().println(failure.getMessage());
      if (corpus.verbose && failure.getCause() != null) {
        failure.getCause().printStackTrace(err());
      }
      return failure.exitCode();
    }
  }

  abstract int run() throws CliFailure;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Runs the generator in memory; a corpus error becomes exit 3 with every diagnostic printed. */
  GenerationResult generate(ResolvedOptions options) throws CliFailure {
    return generate(options, options.generatorConfig());
  }

  /** {@link #generate(ResolvedOptions)} with {@code config} (the options' own, with extras such as validators). */
  GenerationResult generate(ResolvedOptions options, GeneratorConfig config) throws CliFailure {
    return generate(options, config, options.validatorsOnly());
  }

  /** With {@code validatorsOnly}, the validators alone: every keyword works, no record is needed. */
  GenerationResult generate(ResolvedOptions options, GeneratorConfig config, boolean validatorsOnly) throws CliFailure {
    requireSchemaFolder(options.schemas());
    try {
      GenerationResult result = validatorsOnly ? new Generator().generateValidators(config) : new Generator().generate(config);
      result.warnings().forEach(w -> err().println(w.render()));
      return result;
    } catch (GenerationException e) {
      e.diagnostics().forEach(d -> err().println(d.render()));
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      // A folder that cannot be read is an I/O problem, not a schema problem.
      boolean io = e.diagnostics().stream().anyMatch(d -> d.isError() && d.code() == DiagnosticCode.CORPUS_IO);
      throw io ? new CliFailure(ExitCodes.IO, "error: cannot read the schemas at " + options.schemas() + "; nothing was written.")
          : new CliFailure(ExitCodes.SCHEMA, errors + " error(s) in the schemas at " + options.schemas() + "; nothing was written.");
    }
  }

  /** A schema folder that is not there is the user's typo (exit 2), not an I/O failure or a corpus error. */
  private static void requireSchemaFolder(Path folder) throws CliFailure {
    if (!Files.exists(folder)) {
      throw new CliFailure(ExitCodes.USAGE, "error: schema folder " + folder + " does not exist (check --schemas, or"
          + " \"schemas\" in the settings file)");
    }
    if (!Files.isDirectory(folder)) {
      throw new CliFailure(ExitCodes.USAGE, "error: schema folder " + folder + " is a file, not a folder of *.json schemas");
    }
  }
}
