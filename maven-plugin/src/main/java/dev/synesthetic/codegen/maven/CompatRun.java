package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.compat.Category;
import dev.synesthetic.codegen.compat.CompatChecker;
import dev.synesthetic.codegen.compat.CompatFormat;
import dev.synesthetic.codegen.compat.CompatReport;
import dev.synesthetic.codegen.compat.CompiledSide;
import dev.synesthetic.codegen.compat.FailOn;
import dev.synesthetic.codegen.compat.SchemaChange;
import dev.synesthetic.codegen.compat.api.JavaApiChange;
import dev.synesthetic.codegen.compat.api.JavaApiDiff;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * One {@code compat} goal run: core's {@link CompatChecker} with both sides' validators built in
 * memory (class files written from the validator model, as the CLI's compat builds them), then {@link JavaApiDiff} with the user's options; the
 * report written, printed, and turned into the build's verdict.
 */
final class CompatRun {
    private static final String NL = System.lineSeparator();

    private final CompatMojo mojo;
    private final CompatRequest request;

    CompatRun(CompatMojo mojo, CompatRequest request) {
        this.mojo = mojo;
        this.request = request;
    }

    void run() throws MojoExecutionException, MojoFailureException {
        GeneratorConfig oldConfig =
                CompiledSide.validatorConfig(request.base(), request.oldFolder(), request.assertFormats());
        GeneratorConfig newConfig =
                CompiledSide.validatorConfig(request.base(), request.newFolder(), request.assertFormats());
        CompiledSide oldSide = writtenSide(oldConfig, oldName());
        CompiledSide newSide = writtenSide(newConfig, newName());
        CompatReport report;
        try {
            report = CompatChecker.compare(oldConfig, newConfig, CompiledSide.both(oldSide, newSide));
        } catch (GenerationException e) {
            throw schemaErrors("the schemas", e);
        } catch (IllegalStateException e) { // a validator that could not run: no verdict, no proof
            throw new MojoExecutionException("synesthetic-codegen: compat: " + e.getMessage(), e);
        }
        report = withJavaApi(report);
        String rendered = request.format().render(report, mojo.relative(request.newFolder()));
        write(rendered);
        print(rendered);
        String where = mojo.relative(request.reportFile());
        if (report.fails(request.failOn())) {
            throw new MojoFailureException(failure(report, where));
        }
        mojo.getLog()
                .info("synesthetic-codegen: compat " + request.oldName() + " -> " + mojo.relative(request.newFolder())
                        + ": compatible for " + FailOn.labels(request.failOn()) + " (report: " + where + ")");
    }

    private String oldName() {
        return "the old schemas at " + request.oldName();
    }

    private String newName() {
        return "the schemas at " + mojo.relative(request.newFolder());
    }

    private CompiledSide writtenSide(GeneratorConfig config, String name) throws MojoExecutionException {
        try {
            // Class files written from the validator model, as the CLI's compat builds them: no javac.
            CompiledSide side = CompiledSide.write(config, CompatRun.class.getClassLoader());
            side.warnings().forEach(w -> mojo.getLog().warn(name + ": " + DiagnosticText.withoutLevel(w)));
            return side;
        } catch (GenerationException e) {
            throw schemaErrors(name, e);
        }
    }

    /** Bad input, not a verdict: every error with its file and JSON Pointer. */
    private static MojoExecutionException schemaErrors(String name, GenerationException e) {
        StringBuilder message = new StringBuilder("synesthetic-codegen: compat: ")
                .append(e.diagnostics().stream().filter(Diagnostic::isError).count())
                .append(" error(s) in ")
                .append(name)
                .append(':');
        e.diagnostics().stream()
                .filter(Diagnostic::isError)
                .forEach(d -> message.append(NL).append(DiagnosticText.withoutLevel(d)));
        return new MojoExecutionException(message.toString());
    }

    /**
     * Adds what the change does to the Java API generated with the user's options. A corpus the record
     * model refuses fails when {@code java} decides the verdict (no safety claimed unproven).
     */
    private CompatReport withJavaApi(CompatReport report) throws MojoExecutionException {
        GeneratorConfig base = request.base();
        if (base.emit() == GeneratorConfig.Emit.VALIDATORS_ONLY) {
            return report;
        }
        try {
            return report.withJava(new JavaApiDiff()
                    .compare(base.toBuilder(request.oldFolder()).build(), base));
        } catch (GenerationException e) {
            if (request.failOn().contains(Category.JAVA)) {
                MojoExecutionException errors = schemaErrors("the records of either side", e);
                throw new MojoExecutionException(errors.getMessage() + NL
                        + "The Java API cannot be compared; fix these or set <failOn>backward,forward</failOn>"
                        + " to compare documents only.");
            }
            mojo.getLog()
                    .warn("synesthetic-codegen: compat: the Java API was not compared: records cannot be"
                            + " generated from both corpora");
            return report;
        }
    }

    private void write(String rendered) throws MojoExecutionException {
        Path file = request.reportFile();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("synesthetic-codegen: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Text and markdown to the log; json and github raw on standard output, where programs and the Actions runner read them. */
    private void print(String rendered) {
        if (request.format() == CompatFormat.JSON || request.format() == CompatFormat.GITHUB) {
            System.out.print(rendered);
            System.out.flush();
        } else {
            rendered.lines().forEach(mojo.getLog()::info);
        }
    }

    /** What breaks, one line per change, and where the whole report is. */
    private String failure(CompatReport report, String where) {
        List<String> lines = new ArrayList<>();
        for (Category category : request.failOn()) {
            if (category == Category.JAVA) {
                for (JavaApiChange change : report.javaChanges()) {
                    if (change.breaking()) {
                        lines.add("  breaks java: " + change.javaType()
                                + (change.member() == null ? "" : " " + change.member()) + ": " + change.message());
                    }
                }
                continue;
            }
            for (SchemaChange change : report.changes()) {
                if (change.outcome(category).failing()) {
                    lines.add("  " + change.outcome(category).verdict().label() + " " + category.label() + ": "
                            + change.where() + ": " + change.kind().label() + ": " + change.message());
                }
            }
        }
        return "synesthetic-codegen: compat " + request.oldName() + " -> " + mojo.relative(request.newFolder())
                + ": " + lines.size() + " change(s) break what <failOn> names (" + FailOn.labels(request.failOn())
                + "):" + NL + String.join(NL, lines) + NL + "Report: " + where;
    }
}
