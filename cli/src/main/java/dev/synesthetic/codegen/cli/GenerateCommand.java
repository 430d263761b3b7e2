package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.write.OutputWriter;
import dev.synesthetic.codegen.write.WriteSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: the corpus becomes Java sources in the output folder. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates Java 17 records, enums and unions from a schema corpus.",
      "Only files whose content changes are rewritten; generated files that are no longer",
      "produced are deleted; files without the generated-file marker are never touched."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Generated.",
      "2:Usage error.",
      "3:Schema corpus error; the message names the file and JSON Pointer. Nothing is written.",
      "4:I/O or internal error."
    })
final class GenerateCommand implements Callable<Integer> {
  static final String DEFAULT_SCHEMAS = "../shared/synesthetic-schemas/jsonschema";
  static final String DEFAULT_PACKAGE = "dev.synesthetic.schema";

  @Spec CommandSpec spec;

  @Option(names = "--schemas", paramLabel = "DIR", defaultValue = DEFAULT_SCHEMAS,
      description = "Folder of *.json schemas (default: ${DEFAULT-VALUE}).")
  Path schemas;

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "Source folder to write into, e.g. src/main/java.")
  Path output;

  @Option(names = "--package", paramLabel = "PKG", defaultValue = DEFAULT_PACKAGE,
      description = "Java package of the generated types (default: ${DEFAULT-VALUE}).")
  String packageName;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GeneratorConfig config;
    try {
      config = new GeneratorConfig(schemas, packageName);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    GenerationResult result;
    try {
      result = new Generator().generate(config);
    } catch (GenerationException e) {
      e.diagnostics().forEach(d -> err.println(d.render()));
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      err.println(errors + " error(s) in " + schemas + "; nothing was written.");
      return ExitCodes.SCHEMA;
    }
    result.warnings().forEach(w -> err.println(w.render()));
    try {
      WriteSummary summary = new OutputWriter().write(output, result.files());
      summary.written().forEach(path -> out.println("wrote " + path));
      err.println("generate: " + summary.describe() + " in " + output);
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("error: cannot write to " + output + ": " + e.getMessage());
      return ExitCodes.IO;
    }
  }
}
