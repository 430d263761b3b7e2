package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.JacksonBaseline;
import dev.synesthetic.codegen.config.OutputPlacement;
import dev.synesthetic.codegen.config.Settings;
import dev.synesthetic.codegen.config.SettingsFile;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.load.Draft;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Parameters both goals share and the one way they are merged: a parameter set in the POM (or by
 * its {@code synesthetic-codegen.*} user property) wins over the repository settings file, which
 * wins over the defaults — the same file and precedence as the CLI, so CI and the build agree.
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

  /** The oldest Jackson the records must work with: {@code 2.18} or {@code 2.20} (default). */
  @Parameter(property = "synesthetic-codegen.jackson")
  String jackson;

  /** The draft of schema files without {@code $schema}: {@code 04}, {@code 06}, {@code 07}, {@code 2019-09} or {@code 2020-12} (default). */
  @Parameter(property = "synesthetic-codegen.defaultDraft")
  String defaultDraft;

  /** Also generate one validator per schema file next to the records. Default: the settings file's, else false. */
  @Parameter(property = "synesthetic-codegen.validators")
  Boolean validators;

  /** Generate the validators alone, no records: for corpora the record model refuses (allOf, oneOf, tuples, ...). */
  @Parameter(property = "synesthetic-codegen.validatorsOnly")
  Boolean validatorsOnly;

  /** Also generate per root record a reader (parse + validate + bind; needs jackson-databind 2); implies validators. */
  @Parameter(property = "synesthetic-codegen.readers")
  Boolean readers;

  /** Generated validators assert {@code format} date-time, date and time (RFC 3339). */
  @Parameter(property = "synesthetic-codegen.formatAssertions")
  Boolean formatAssertions;

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

  /** The effective options after merging POM, settings file and defaults. */
  record Options(Path schemas, Path output, String packageName, Map<String, Path> idPrefixes,
      List<String> ignoreLines, String jackson, String defaultDraft, boolean validators, boolean readers,
      boolean formatAssertions, boolean strict, boolean validatorsOnly, Optional<Path> settingsFile) {

    GeneratorConfig generatorConfig() throws MojoExecutionException {
      try {
        GeneratorConfig config = new GeneratorConfig(schemas, packageName, idPrefixes)
            .withJackson(JacksonBaseline.parse(jackson))
            .withDefaultDraft(Draft.parse(defaultDraft));
        config = strict ? config.withStrict() : config;
        config = validators ? config.withValidators() : config;
        config = readers ? config.withReaders() : config;
        return formatAssertions ? config.withFormatAssertions() : config;
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("synesthetic-codegen: " + e.getMessage());
      }
    }
  }

  Options options(List<String> extraIgnoreLines) throws MojoExecutionException, MojoFailureException {
    Path basedir = project.getBasedir().toPath();
    Settings settings = Settings.EMPTY;
    Optional<Path> settingsFile = settingsFile(basedir);
    if (settingsFile.isPresent()) {
      try {
        settings = SettingsFile.read(settingsFile.get());
      } catch (SettingsFile.InvalidSettingsException e) {
        throw new MojoExecutionException("synesthetic-codegen: " + e.getMessage());
      } catch (IOException e) {
        throw new MojoExecutionException("synesthetic-codegen: cannot read " + settingsFile.get() + ": " + e.getMessage(), e);
      }
    }
    Path schemas = schemaDirectory != null ? schemaDirectory.toPath()
        : settings.schemas().orElse(basedir.resolve("src/main/jsonschema"));
    Path output = outputDirectory != null ? outputDirectory.toPath()
        : settings.output().orElse(Path.of(project.getBuild().getDirectory()).resolve(DEFAULT_OUTPUT));
    String pkg = packageName != null ? packageName : settings.packageName().orElse(null);
    if (pkg == null) {
      throw new MojoExecutionException("synesthetic-codegen: no package name: set <packageName> in the plugin "
          + "configuration, -Dsynesthetic-codegen.packageName=..., or \"package\" in " + SettingsFile.DEFAULT_NAME);
    }
    Map<String, Path> prefixes = new TreeMap<>(settings.idPrefixes());
    for (String mapping : idPrefixes == null ? List.<String>of() : idPrefixes) {
      int equals = mapping.lastIndexOf('=');
      if (equals <= 0 || equals == mapping.length() - 1) {
        throw new MojoExecutionException("synesthetic-codegen: idPrefixes entry '" + mapping + "' is not PREFIX=DIR");
      }
      prefixes.put(mapping.substring(0, equals), Path.of(mapping.substring(equals + 1)));
    }
    List<String> ignore = new ArrayList<>(settings.ignoreLines());
    ignore.addAll(extraIgnoreLines);
    String jacksonLine = jackson != null ? jackson
        : settings.jackson().orElse(JacksonBaseline.JACKSON_2_20.version());
    String draft = defaultDraft != null ? defaultDraft
        : settings.defaultDraft().orElse(Draft.DRAFT_2020_12.optionName());
    Path schemaFolder = basedir.resolve(schemas).normalize();
    Path outputFolder = basedir.resolve(output).normalize();
    if (!Files.isDirectory(schemaFolder)) {
      throw new MojoFailureException("synesthetic-codegen: schema directory " + schemaFolder
          + " does not exist; set <schemaDirectory> or \"schemas\" in " + SettingsFile.DEFAULT_NAME);
    }
    Optional<String> misplaced = OutputPlacement.problem(schemaFolder, outputFolder);
    if (misplaced.isPresent()) {
      throw new MojoExecutionException("synesthetic-codegen: " + misplaced.get());
    }
    boolean strictMode = strict != null ? strict : settings.strict().orElse(false);
    return new Options(schemaFolder, outputFolder, pkg, prefixes, ignore, jacksonLine, draft,
        choose(validators, settings.validators()), choose(readers, settings.readers()),
        choose(formatAssertions, settings.formatAssertions()), strictMode,
        choose(validatorsOnly, settings.validatorsOnly()), settingsFile);
  }

  /** A parameter set in the POM (or by its user property) wins; else the settings file; else off. */
  private static boolean choose(Boolean parameter, Optional<Boolean> setting) {
    return parameter != null ? parameter : setting.orElse(false);
  }

  /** The explicit {@code configFile}, or the nearest settings file from the module up to the multi-module root. */
  private Optional<Path> settingsFile(Path basedir) throws MojoExecutionException {
    if (configFile != null) {
      if (!configFile.isFile()) {
        throw new MojoExecutionException("synesthetic-codegen: settings file " + configFile + " does not exist");
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
      GenerationResult result = options.validatorsOnly()
          ? new Generator().generateValidators(options.generatorConfig())
          : new Generator().generate(options.generatorConfig());
      result.warnings().forEach(w -> getLog().warn(DiagnosticText.withoutLevel(w)));
      return result;
    } catch (GenerationException e) {
      reportToIde(options, e.diagnostics());
      // Warnings at their level; the errors in the failure, whose every line Maven prints as [ERROR].
      e.diagnostics().stream().filter(d -> !d.isError()).forEach(w -> getLog().warn(DiagnosticText.withoutLevel(w)));
      StringBuilder message = new StringBuilder();
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      message.append("synesthetic-codegen: ").append(errors).append(" error(s) in the schemas at ")
          .append(relative(options.schemas())).append("; nothing was written.");
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

  /** A path as the user would type it from the directory Maven was started in. */
  String relative(Path path) {
    Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString().replace(File.separatorChar, '/')
        : absolute.toString();
  }
}
