package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.write.OutputWriter;
import dev.synesthetic.codegen.write.WriteSummary;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates the Java sources and adds the output folder as a compile source root. Only files whose
 * bytes change are rewritten, and when the inputs, the options and the plugin version are the same
 * as at the last run (and the generated files are as it left them) nothing is generated at all.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCodegenMojo {
    /** Adds the output folder to the compile source roots (turn off when it already is one, e.g. src/main/java). */
    @Parameter(property = "synesthetic-codegen.addCompileSourceRoot", defaultValue = "true")
    boolean addCompileSourceRoot;

    private final BuildContext buildContext;

    @Inject
    public GenerateMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("synesthetic-codegen: skipped (synesthetic-codegen.skip)");
            return;
        }
        Options options = options(List.of());
        if (addCompileSourceRoot) {
            project.addCompileSourceRoot(options.output().toString());
        }
        UpToDateState state = new UpToDateState(Path.of(project.getBuild().getDirectory())
                .resolve("synesthetic-codegen")
                .resolve(mojoExecution.getExecutionId() + ".state"));
        String fingerprint;
        try {
            fingerprint = InputFingerprint.of(options);
            if (state.isUpToDate(fingerprint, options.output())) {
                getLog().info("synesthetic-codegen: " + relative(options.output())
                        + " is up to date (schemas, options and plugin unchanged); nothing generated");
                return;
            }
        } catch (IOException e) {
            throw new MojoExecutionException("synesthetic-codegen: cannot read the inputs: " + e.getMessage(), e);
        }
        buildContext.removeMessages(options.schemas().toFile());
        GenerationResult result = generate(options);
        try {
            // Another build writing the same folder (an IDE beside the command line, parallel modules): take turns.
            OutputWriter writer =
                    OutputWriter.tellingWaitsTo(waiting -> getLog().info("synesthetic-codegen: " + waiting));
            WriteSummary summary = writer.write(options.output(), result.files());
            for (String written : summary.written()) {
                buildContext.refresh(options.output().resolve(written).toFile());
            }
            for (String deleted : summary.deleted()) {
                buildContext.refresh(options.output().resolve(deleted).toFile());
            }
            state.record(fingerprint, options.output(), result.files());
            getLog().info("synesthetic-codegen: " + summary.describe() + " in " + relative(options.output()));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: cannot write to " + options.output() + ": " + e.getMessage(), e);
        }
    }

    @Override
    void reportToIde(Options options, List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            File file = diagnostic
                    .location()
                    .map(l -> options.schemas().resolve(l.file()).toFile())
                    .orElse(options.schemas().toFile());
            buildContext.addMessage(
                    file,
                    0,
                    0,
                    DiagnosticText.withoutLevel(diagnostic),
                    diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING,
                    null);
        }
    }
}
