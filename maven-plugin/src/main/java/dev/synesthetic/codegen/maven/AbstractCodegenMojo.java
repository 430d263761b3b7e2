package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.config.Option;
import dev.synesthetic.codegen.config.OptionValues;
import dev.synesthetic.codegen.config.OutputPlacement;
import dev.synesthetic.codegen.config.ResolvedOptions;
import dev.synesthetic.codegen.config.SettingsFile;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Parameters both goals share, translated into core's options: a parameter set in the POM (or by
 * its {@code synesthetic-codegen.*} user property) wins over the repository settings file, which
 * wins over the defaults — merged by the same core code as the CLI's flags, so CI and the build agree.
 */
abstract class AbstractCodegenMojo extends AbstractMojo {
    /** Where generate writes when neither the POM nor the settings file says otherwise. */
    static final String DEFAULT_OUTPUT = "generated-sources/synesthetic-codegen";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    /** The folder of {@code *.json} schema files. Default: the settings file's {@code schemas}, else {@code src/main/jsonschema}. */
    @Parameter(property = "synesthetic-codegen.schemaDirectory")
    File schemaDirectory;

    /** Where the generated sources live. Default: the settings file's {@code output}, else {@code target/generated-sources/synesthetic-codegen}. */
    @Parameter(property = "synesthetic-codegen.outputDirectory")
    File outputDirectory;

    /** The Java package of the generated types. Default: the settings file's {@code package}. */
    @Parameter(property = "synesthetic-codegen.packageName")
    String packageName;

    /**
     * {@code PREFIX=DIR} entries (the CLI's {@code --map-id}): {@code $id}s starting with PREFIX that no
     * schema file declares are read from DIR below the schema directory. As a user property: comma-separated.
     */
    @Parameter(property = "synesthetic-codegen.idPrefixes")
    List<String> idPrefixes;

    /** The oldest jackson-databind the records bind with: {@code 2.21} (default; also Jackson 3) or {@code 2.18}; {@code 3}: readers on Jackson 3. */
    @Parameter(property = "synesthetic-codegen.jackson")
    String jackson;

    /** The draft of schema files without {@code $schema}: {@code 04}, {@code 06}, {@code 07}, {@code 2019-09} or {@code 2020-12} (default). */
    @Parameter(property = "synesthetic-codegen.defaultDraft")
    String defaultDraft;

    /**
     * Generate one validator per schema file next to the records; {@code false} generates records alone.
     * Default: the settings file's, else true.
     */
    @Parameter(property = "synesthetic-codegen.validators")
    Boolean validators;

    /**
     * Generate the validators alone, no records: for corpora the record model refuses (oneOf, tuples, ...). In
     * compat: compare documents only, not the generated Java API (which needs a JDK).
     */
    @Parameter(property = "synesthetic-codegen.validatorsOnly")
    Boolean validatorsOnly;

    /** Also generate, per schema file whose root has a Java type, a reader (parse + validate + bind; needs jackson-databind 2, or 3 with jackson=3); implies validators. */
    @Parameter(property = "synesthetic-codegen.readers")
    Boolean readers;

    /** Generated validators assert {@code format}: every format draft 2020-12 and draft-07 define, each by its RFC. */
    @Parameter(property = "synesthetic-codegen.formatAssertions")
    Boolean formatAssertions;

    /** Records get builders and withers, unions a factory per variant; {@code false} leaves them out. Default: true. */
    @Parameter(property = "synesthetic-codegen.builders")
    Boolean builders;

    /**
     * Record components carry {@code jakarta.validation} annotations for the constraints they express
     * (needs jakarta.validation-api, provided scope). Default: false.
     */
    @Parameter(property = "synesthetic-codegen.beanValidation")
    Boolean beanValidation;

    /**
     * The repository settings file the CLI reads too. Default: the first {@code synesthetic-codegen.json}
     * found in the module's folder or a parent folder up to the multi-module root (where the CLI,
     * run from the repository root, finds it too).
     */
    @Parameter(property = "synesthetic-codegen.configFile")
    File configFile;

    /** Unknown keywords (and keywords the draft ignores) fail the build instead of warning; {@code x-} keywords stay silent. */
    @Parameter(property = "synesthetic-codegen.strict")
    Boolean strict;

    /** Skips every goal of this plugin. */
    @Parameter(property = "synesthetic-codegen.skip", defaultValue = "false")
    boolean skip;

    /**
     * The effective options after merging POM, settings file and defaults (in core), and the settings
     * file read. Its {@code toString()} spells every option, which the up-to-date fingerprint digests.
     */
    record Options(ResolvedOptions resolved, Optional<Path> settingsFile) {
        Path schemas() {
            return resolved.get(CodegenOptions.SCHEMAS);
        }

        Path output() {
            return resolved.get(CodegenOptions.OUTPUT);
        }

        List<String> ignoreLines() {
            return resolved.get(CodegenOptions.IGNORE_LINES);
        }

        GeneratorConfig generatorConfig() throws MojoExecutionException {
            try {
                return resolved.generatorConfig();
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("synesthetic-codegen: " + e.getMessage());
            }
        }
    }

    Options options(List<String> ignoreLines) throws MojoExecutionException, MojoFailureException {
        Path basedir = project.getBasedir().toPath();
        Optional<Path> settingsFile = settingsFile(basedir);
        OptionValues settings = OptionValues.NONE;
        if (settingsFile.isPresent()) {
            try {
                settings = SettingsFile.read(settingsFile.get());
            } catch (SettingsFile.InvalidSettingsException e) {
                throw new MojoExecutionException("synesthetic-codegen: " + e.getMessage());
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "synesthetic-codegen: cannot read " + settingsFile.get() + ": " + e.getMessage(), e);
            }
        }
        OptionValues defaults = OptionValues.builder()
                .put(
                        CodegenOptions.SCHEMAS,
                        basedir.resolve("src/main/jsonschema").normalize())
                .put(
                        CodegenOptions.OUTPUT,
                        Path.of(project.getBuild().getDirectory())
                                .resolve(DEFAULT_OUTPUT)
                                .normalize())
                .build();
        ResolvedOptions resolved =
                parameters(basedir, ignoreLines).over(settings).over(defaults).resolve();
        if (resolved.find(CodegenOptions.PACKAGE).isEmpty()) {
            throw new MojoExecutionException("synesthetic-codegen: no package name: set <packageName> in the plugin "
                    + "configuration, -Dsynesthetic-codegen.packageName=..., or \"package\" in "
                    + SettingsFile.DEFAULT_NAME);
        }
        Options options = new Options(resolved, settingsFile);
        if (!Files.isDirectory(options.schemas())) {
            throw new MojoFailureException("synesthetic-codegen: schema directory " + options.schemas()
                    + " does not exist; set <schemaDirectory> or \"schemas\" in " + SettingsFile.DEFAULT_NAME);
        }
        Optional<String> misplaced = OutputPlacement.problem(options.schemas(), options.output());
        if (misplaced.isPresent()) {
            throw new MojoExecutionException("synesthetic-codegen: " + misplaced.get());
        }
        return options;
    }

    /** The parameters set in the POM or by user property, as core's top layer; an unset one is absent. */
    OptionValues parameters(Path basedir, List<String> ignoreLines) throws MojoExecutionException {
        OptionValues.Builder values = OptionValues.builder();
        set(values, CodegenOptions.SCHEMAS, "schemaDirectory", schemaDirectory, basedir);
        set(values, CodegenOptions.OUTPUT, "outputDirectory", outputDirectory, basedir);
        set(values, CodegenOptions.PACKAGE, "packageName", packageName, basedir);
        set(values, CodegenOptions.ID_PREFIXES, "idPrefixes", idPrefixes, basedir);
        set(values, CodegenOptions.IGNORE_LINES, "ignoreLines", ignoreLines, basedir);
        set(values, CodegenOptions.JACKSON, "jackson", jackson, basedir);
        set(values, CodegenOptions.DEFAULT_DRAFT, "defaultDraft", defaultDraft, basedir);
        set(values, CodegenOptions.STRICT, "strict", strict, basedir);
        set(values, CodegenOptions.VALIDATORS, "validators", validators, basedir);
        set(values, CodegenOptions.VALIDATORS_ONLY, "validatorsOnly", validatorsOnly, basedir);
        set(values, CodegenOptions.READERS, "readers", readers, basedir);
        set(values, CodegenOptions.FORMAT_ASSERTIONS, "formatAssertions", formatAssertions, basedir);
        set(values, CodegenOptions.BUILDERS, "builders", builders, basedir);
        set(values, CodegenOptions.BEAN_VALIDATION, "beanValidation", beanValidation, basedir);
        return values.build();
    }

    /** One parameter's value, unless it is unset; a value the option refuses fails naming the parameter. */
    private static void set(OptionValues.Builder values, Option<?> option, String parameter, Object value, Path basedir)
            throws MojoExecutionException {
        try {
            if (value instanceof List<?> texts) {
                values.texts(option, texts.stream().map(String::valueOf).toList(), basedir);
            } else if (value != null) {
                values.text(option, value.toString(), basedir);
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("synesthetic-codegen: <" + parameter + ">: " + e.getMessage());
        }
    }

    /** The explicit {@code configFile}, or the nearest settings file from the module up to the multi-module root. */
    private Optional<Path> settingsFile(Path basedir) throws MojoExecutionException {
        if (configFile != null) {
            if (!configFile.isFile()) {
                throw new MojoExecutionException(
                        "synesthetic-codegen: settings file " + configFile + " does not exist");
            }
            return Optional.of(configFile.toPath());
        }
        File top = session.getRequest().getMultiModuleProjectDirectory();
        Path root = top == null ? basedir : top.toPath().toAbsolutePath().normalize();
        for (Path folder = basedir.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(SettingsFile.DEFAULT_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (folder.equals(root) || !folder.startsWith(root)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the generator in memory. A corpus error fails the build with every diagnostic (file,
     * JSON Pointer, message, what to do) and no stack trace: it is the user's input, not our crash.
     */
    GenerationResult generate(Options options) throws MojoExecutionException, MojoFailureException {
        try {
            GenerationResult result = new Generator().generate(options.generatorConfig());
            result.warnings().forEach(w -> getLog().warn(DiagnosticText.withoutLevel(w)));
            return result;
        } catch (GenerationException e) {
            reportToIde(options, e.diagnostics());
            // Warnings at their level; the errors in the failure, whose every line Maven prints as [ERROR].
            e.diagnostics().stream()
                    .filter(d -> !d.isError())
                    .forEach(w -> getLog().warn(DiagnosticText.withoutLevel(w)));
            StringBuilder message = new StringBuilder();
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            message.append("synesthetic-codegen: ")
                    .append(errors)
                    .append(" error(s) in the schemas at ")
                    .append(relative(options.schemas()))
                    .append("; nothing was written.");
            for (Diagnostic diagnostic : e.diagnostics()) {
                if (diagnostic.isError()) {
                    message.append(System.lineSeparator()).append(DiagnosticText.withoutLevel(diagnostic));
                }
            }
            throw new MojoFailureException(message.toString());
        }
    }

    /** IDE builds show each diagnostic on its schema file; the command line needs nothing more. */
    void reportToIde(Options options, List<Diagnostic> diagnostics) {}

    /** The folder Maven was started in: the user's working folder. */
    Path executionRoot() {
        return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    /** A path as the user would type it from the directory Maven was started in. */
    String relative(Path path) {
        Path root = executionRoot();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root)
                ? root.relativize(absolute).toString().replace(File.separatorChar, '/')
                : absolute.toString();
    }
}
