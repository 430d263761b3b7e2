package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.compat.Category;
import dev.synesthetic.codegen.compat.CompatFormat;
import dev.synesthetic.codegen.compat.FailOn;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the project's schema folder with a previous release's — a folder, or the schemas inside a
 * released jar — as the CLI's {@code compat} does, and fails the build when a change breaks what
 * {@code failOn} names. Both sides generate with the options {@code generate} uses; the report is
 * written under target/ and printed.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompatMojo extends AbstractCodegenMojo {
    /** The released schemas jar, {@code groupId:artifactId:version[:classifier]}, resolved as dependencies are. */
    @Parameter(property = "synesthetic-codegen.compat.oldArtifact")
    String oldArtifact;

    /** The folder inside {@code oldArtifact}'s jar that holds the schemas. Default: the jar's root (less META-INF). */
    @Parameter(property = "synesthetic-codegen.compat.oldArtifactPath")
    String oldArtifactPath;

    /** Instead of {@code oldArtifact}: the previous release's schema folder. */
    @Parameter(property = "synesthetic-codegen.compat.oldSchemas")
    File oldSchemas;

    /** What fails the build: {@code backward}, {@code forward}, {@code java} or {@code none}. Default: backward, java (as the CLI). */
    @Parameter(property = "synesthetic-codegen.compat.failOn")
    List<String> failOn;

    /** {@code text}, {@code json}, {@code github} (Actions annotations) or {@code markdown} (a pull-request comment). */
    @Parameter(property = "synesthetic-codegen.compat.format", defaultValue = "text")
    String format;

    /** Where the report is written. Default: {@code target/synesthetic-codegen/compat-report.txt} (.json, .md by format). */
    @Parameter(property = "synesthetic-codegen.compat.reportFile")
    File reportFile;

    /** Formats assert while proving counterexamples, as the CLI's compat does; false: the CLI's --no-format-assertions. */
    @Parameter(property = "synesthetic-codegen.compat.assertFormats", defaultValue = "true")
    boolean assertFormats = true;

    /** Skips this goal only. */
    @Parameter(property = "synesthetic-codegen.compat.skip", defaultValue = "false")
    boolean compatSkip;

    OldArtifacts artifacts;

    @Inject
    public CompatMojo(RepositorySystem repositories) {
        this.artifacts =
                coordinates -> OldArtifacts.of(repositories, session, project).jar(coordinates);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || compatSkip) {
            getLog().info("synesthetic-codegen: compat skipped ("
                    + (skip ? "synesthetic-codegen.skip" : "synesthetic-codegen.compat.skip") + ")");
            return;
        }
        new CompatRun(this, request()).run();
    }

    /** The parameters checked and resolved, the old side fetched; every bad input fails before any comparison. */
    CompatRequest request() throws MojoExecutionException, MojoFailureException {
        if ((oldArtifact == null) == (oldSchemas == null)) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: compat: give one of <oldArtifact> or <oldSchemas> (the previous release's schemas)");
        }
        ArtifactCoordinates coordinates = oldArtifact == null ? null : ArtifactCoordinates.parse(oldArtifact);
        if (oldSchemas != null && !oldSchemas.isDirectory()) {
            throw new MojoExecutionException("synesthetic-codegen: <oldSchemas> " + oldSchemas
                    + (oldSchemas.exists() ? " is a file, not a folder of schemas" : " does not exist"));
        }
        Set<Category> failing;
        try {
            failing = FailOn.parse(failOn == null ? List.of() : failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("synesthetic-codegen: <failOn>: " + e.getMessage());
        }
        CompatFormat output = CompatFormat.named(format.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new MojoExecutionException(
                        "synesthetic-codegen: <format> must be text, json, github or markdown, not '" + format + "'"));
        Options options = options(List.of());
        Path target = Path.of(project.getBuild().getDirectory()).resolve("synesthetic-codegen");
        Path report = reportFile != null ? reportFile.toPath() : target.resolve("compat-report." + extension(output));
        if (coordinates == null) {
            Path folder = oldSchemas.toPath().toAbsolutePath().normalize();
            return new CompatRequest(
                    folder, relative(folder), options.generatorConfig(), failing, output, assertFormats, report);
        }
        try {
            Path jar = artifacts.jar(coordinates);
            Path folder = SchemaJar.extract(
                    jar, oldArtifactPath, target.resolve("compat-old").resolve(coordinates.folderName()));
            return new CompatRequest(
                    folder, coordinates.toString(), options.generatorConfig(), failing, output, assertFormats, report);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "synesthetic-codegen: cannot read the schemas of <oldArtifact> " + coordinates + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static String extension(CompatFormat format) {
        return switch (format) {
            case JSON -> "json";
            case MARKDOWN -> "md";
            case TEXT, GITHUB -> "txt";
        };
    }
}
