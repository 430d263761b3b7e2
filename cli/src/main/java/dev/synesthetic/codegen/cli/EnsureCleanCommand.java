package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.drift.DriftChecker;
import dev.synesthetic.codegen.drift.DriftFormat;
import dev.synesthetic.codegen.drift.DriftOptions;
import dev.synesthetic.codegen.drift.DriftReport;
import dev.synesthetic.codegen.drift.OutputPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ensure-clean}: regenerates in memory and reports how the committed output differs. */
@Command(
        name = "ensure-clean",
        mixinStandardHelpOptions = true,
        description = {
            "Regenerates in memory and compares with --output; never writes into the project.",
            "Reports changed files as unified diffs (with the cause when the manifest tells it), missing files"
                    + " (would be generated, not committed) and orphans (generated, no longer produced), then the command"
                    + " that fixes them.",
            "The generated files are cached (see --cache-dir) by everything they depend on: a run with the same"
                    + " schemas, options and generator checks the committed output against them without generating."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Clean: the committed output is exactly what would be generated.",
            "1:Drift found.",
            "2:Usage error.",
            "3:Schema corpus error; the message names the file and JSON Pointer.",
            "4:I/O or internal error (never reported as drift)."
        })
final class EnsureCleanCommand extends CodegenCommand {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text, json, github (GitHub Actions annotations) or patch (only a git patch on stdout: | git apply, run in the same"
                            + " folder, fixes the drift; when --output is not below that folder, stderr names the 'git -C DIR apply' to use)."
                            + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = "--diff-lines",
            paramLabel = "N",
            defaultValue = "50",
            description =
                    "Diff lines shown per file in text/json/github output; 0 shows all. Default: ${DEFAULT-VALUE}.")
    int diffLines;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            defaultValue = "auto",
            description = "auto (terminal and no NO_COLOR), always or never. Default: ${DEFAULT-VALUE}.")
    String color;

    @Option(
            names = {"-q", "--quiet"},
            description = "No summary line on stderr; the report and errors still print.")
    boolean quiet;

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Override
    List<dev.synesthetic.codegen.config.Option<?>> sharedOptions() {
        return CodegenOptions.ALL;
    }

    @Override
    int run() throws CliFailure {
        DriftFormat driftFormat = parseFormat();
        CliOptions options = options();
        Path target = options.requireOutput();
        String fix = FixCommand.of(options);
        if (!Files.exists(target)) {
            // A mistyped folder is not "every file missing": say so, and how to create it if that was meant.
            throw new CliFailure(
                    ExitCodes.USAGE,
                    "error: output folder " + target + " does not exist (check --output, or"
                            + " \"output\" in the settings file); to generate into it for the first time, run '" + fix
                            + "'");
        }
        if (!Files.isDirectory(target)) {
            throw new CliFailure(ExitCodes.IO, "error: output path " + target + " is not a folder");
        }
        DriftOptions driftOptions = driftOptions(options);
        GeneratedOutput generated = generated(options, options.generatorConfig());
        generated.warnings().forEach(err()::println);
        OutputPaths paths = OutputPaths.of(target);
        DriftReport report;
        try {
            report = new DriftChecker(driftOptions).check(target, paths, generated.files());
        } catch (IOException e) {
            throw CliFailure.io("cannot read " + target, e);
        }
        out().print(driftFormat.render(report, fix, FixCommand.compat(options), Terminal.colour(color)));
        out().flush();
        if (!quiet) {
            err().println("ensure-clean: " + (report.isClean() ? "clean, " : "drift, ") + report.summary());
        }
        if (driftFormat == DriftFormat.PATCH && !report.isClean()) {
            patchNotes(report, paths, fix);
        }
        return report.isClean() ? ExitCodes.OK : ExitCodes.DRIFT;
    }

    /** The generator's output, from the cache when it holds this run's (the drift check is the same either way). */
    private GeneratedOutput generated(CliOptions options, GeneratorConfig config) throws CliFailure {
        GenerationCache.Generation generation = () -> GeneratedOutput.of(generateQuietly(options.schemas(), config));
        requireFolders(options.schemas()); // a hit must not hide a folder that is not there
        Optional<GenerationCache> generations = cache.generationCache(config, this::verboseNote);
        return generations.isEmpty() ? generation.run() : generations.get().get(config, generation);
    }

    /** Where the patch applies when not from here, and what it leaves alone. */
    private void patchNotes(DriftReport report, OutputPaths paths, String fix) {
        paths.applyCommand()
                .ifPresent(apply -> err().println("ensure-clean: " + paths.display()
                        + " is not below the working folder, so the patch names files from there (git apply takes no '..' or"
                        + " absolute paths): pipe it into '" + apply + "' (ensure-clean ... --format patch | " + apply
                        + ")"));
        if (!report.inTheWay().isEmpty()) {
            err().println("ensure-clean: the patch leaves alone what generate did not write; " + report.fixAdvice(fix));
        }
    }

    private DriftFormat parseFormat() throws CliFailure {
        try {
            return DriftFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(
                    ExitCodes.USAGE, "error: --format must be text, json, github or patch, not '" + format + "'");
        }
    }

    private DriftOptions driftOptions(CliOptions options) throws CliFailure {
        if (diffLines < 0) {
            throw new CliFailure(ExitCodes.USAGE, "error: --diff-lines must be 0 (all) or positive");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : options.resolved().get(CodegenOptions.IGNORE_LINES)) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new CliFailure(
                        ExitCodes.USAGE,
                        "error: --ignore-line '" + regex + "' is not a valid regular expression: "
                                + e.getDescription());
            }
        }
        return new DriftOptions(patterns, diffLines, "--diff-lines 0");
    }
}
