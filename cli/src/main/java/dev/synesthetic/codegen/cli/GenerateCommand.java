package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.write.OutputWriter;
import dev.synesthetic.codegen.write.WriteSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: the corpus becomes Java sources in the output folder. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates Java 17 records, enums and unions from a schema corpus, and a validator per schema file"
                    + " (--no-validators: records alone).",
            "Only files whose content changes are rewritten; generated files that are no longer produced are"
                    + " deleted; files without the generated-file marker are never touched (one standing where a"
                    + " generated file must go stops generate, with nothing written)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Generated.",
            "2:Usage error.",
            "3:Schema corpus error; the message names the file and JSON Pointer. Nothing is written.",
            "4:I/O or internal error."
        })
final class GenerateCommand extends CodegenCommand {
    @Option(
            names = {"-q", "--quiet"},
            description = "Print only warnings and errors, not each file" + " written or deleted nor the summary.")
    boolean quiet;

    @Option(
            names = "--list-keywords",
            description = "Print, as JSON on stdout, each keyword the corpus uses, how often and where it ends up"
                    + " (type, validator, annotation, refused, ignored, unknown); write nothing, need no --output. A corpus"
                    + " that does not generate prints its errors and exits 3, with no table.")
    boolean listKeywords;

    @Override
    List<dev.synesthetic.codegen.config.Option<?>> sharedOptions() {
        return CodegenOptions.GENERATE;
    }

    @Override
    int run() throws CliFailure {
        CliOptions options = options();
        if (listKeywords) {
            // A corpus that does not generate fails as generate does (exit 3): no table that reads as
            // if every keyword were handled.
            generate(options, options.generatorConfig());
            out().print(KeywordReport.json(keywordCoverage(options, options.generatorConfig())));
            out().flush();
            return ExitCodes.OK;
        }
        Path target = options.requireOutput();
        GenerationResult result = generate(options, options.generatorConfig());
        try {
            WriteSummary summary = new OutputWriter().write(target, result.files());
            if (!quiet) {
                summary.written().forEach(path -> out().println("wrote " + path));
                summary.deleted().forEach(path -> out().println("deleted " + path));
                err().println("generate: " + summary.describe() + " in " + target);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw e instanceof OutputWriter.FileInTheWayException
                    ? new CliFailure(ExitCodes.IO, "error: " + e.getMessage(), e)
                    : CliFailure.io("cannot write to " + target, e);
        }
    }
}
