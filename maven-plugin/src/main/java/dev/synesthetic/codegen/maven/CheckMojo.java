package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.drift.DriftChecker;
import dev.synesthetic.codegen.drift.DriftFormat;
import dev.synesthetic.codegen.drift.DriftOptions;
import dev.synesthetic.codegen.drift.DriftReport;
import dev.synesthetic.codegen.drift.OutputPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the committed generated sources differ from what would be generated now:
 * the same in-memory comparison and the same report as the CLI's {@code ensure-clean}. Never
 * writes anything.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCodegenMojo {
    private static final String DIFF_LINES = "synesthetic-codegen.diffLines";

    /** Skips this goal only (generate still runs). */
    @Parameter(property = "synesthetic-codegen.check.skip", defaultValue = "false")
    boolean checkSkip;

    /**
     * Lines matching any of these regular expressions are left out of the comparison, on both sides
     * (added to the settings file's {@code ignoreLines}). As a user property: comma-separated.
     */
    @Parameter(property = "synesthetic-codegen.ignoreLines")
    List<String> ignoreLines;

    /** Diff lines shown per file; 0 shows all. */
    @Parameter(property = DIFF_LINES, defaultValue = "50")
    int diffLines;

    /**
     * How drift is reported, as the CLI's {@code --format}: {@code text} (in the build failure),
     * {@code json}, {@code github} (Actions annotations) or {@code patch}; the last three are printed
     * raw on standard output, where programs and the Actions runner read them.
     */
    @Parameter(property = "synesthetic-codegen.format", defaultValue = "text")
    String format;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || checkSkip) {
            getLog().info("synesthetic-codegen: check skipped ("
                    + (skip ? "synesthetic-codegen.skip" : "synesthetic-codegen.check.skip") + ")");
            return;
        }
        if (diffLines < 0) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: diffLines must be 0 (all) or more, not " + diffLines);
        }
        DriftFormat driftFormat = driftFormat();
        Options options = options(ignoreLines == null ? List.of() : ignoreLines);
        if (Files.exists(options.output()) && !Files.isDirectory(options.output())) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: output path " + options.output() + " is not a folder");
        }
        GenerationResult result = generate(options);
        OutputPaths paths = OutputPaths.of(options.output(), executionRoot());
        DriftReport report;
        try {
            report = new DriftChecker(
                            new DriftOptions(patterns(options.ignoreLines()), diffLines, "-D" + DIFF_LINES + "=0"))
                    .check(options.output(), paths, result.files());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: cannot read " + options.output() + ": " + e.getMessage(), e);
        }
        if (report.isClean()) {
            getLog().info("synesthetic-codegen: " + relative(options.output()) + " is clean, " + report.summary());
            return;
        }
        String fix = MavenFixCommand.of(this);
        if (driftFormat != DriftFormat.TEXT) {
            System.out.print(driftFormat.render(report, fix, false));
            System.out.flush();
            throw new MojoFailureException("synesthetic-codegen: generated code in " + relative(options.output())
                    + " is stale: " + report.summary() + " (" + format + " report on standard output)"
                    + patchNote(driftFormat, paths) + System.lineSeparator() + report.fixAdvice(fix));
        }
        // The report's last line is "Run '<fix>' to fix.", as Spotless ends its check.
        throw new MojoFailureException("synesthetic-codegen: "
                + DriftFormat.TEXT.render(report, fix, false).stripTrailing());
    }

    /** Outside the folder Maven started in, the patch applies from the output folder (git takes no '..'). */
    private static String patchNote(DriftFormat format, OutputPaths paths) {
        return format != DriftFormat.PATCH
                ? ""
                : paths.applyCommand()
                        .map(apply -> System.lineSeparator() + "The patch names files from " + paths.display()
                                + ": pipe it into '" + apply + "'.")
                        .orElse("");
    }

    private DriftFormat driftFormat() throws MojoExecutionException {
        try {
            return DriftFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: format must be text, json, github or patch, not '" + format + "'");
        }
    }

    private static List<Pattern> patterns(List<String> regexes) throws MojoExecutionException {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new MojoExecutionException(
                        "synesthetic-codegen: ignoreLines: not a regular expression: " + regex);
            }
        }
        return patterns;
    }
}
