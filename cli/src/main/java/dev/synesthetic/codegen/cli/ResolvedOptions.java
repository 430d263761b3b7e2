package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.JacksonBaseline;
import dev.synesthetic.codegen.config.OutputPlacement;
import dev.synesthetic.codegen.config.Settings;
import dev.synesthetic.codegen.config.SettingsFile;
import dev.synesthetic.codegen.load.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Options after merging, in order of precedence: command-line flags, the settings file, built-in
 * defaults (the Synesthetic corpus).
 */
record ResolvedOptions(
    Optional<Path> configFile,
    Path schemas,
    Optional<Path> output,
    String packageName,
    Map<String, Path> idPrefixes,
    List<String> ignoreLines,
    String jackson,
    String defaultDraft,
    boolean strict,
    boolean validators,
    boolean readers,
    boolean formatAssertions,
    boolean validatorsOnly) {

  static final Path DEFAULT_SCHEMAS = Path.of("../shared/synesthetic-schemas/jsonschema");
  static final String DEFAULT_PACKAGE = "dev.synesthetic.schema";

  static ResolvedOptions resolve(CorpusOptions flags, Path outputFlag, List<String> ignoreFlags) throws CliFailure {
    Optional<Path> configFile = configFile(flags.config);
    Settings settings = configFile.isPresent() ? read(configFile.get()) : Settings.EMPTY;
    Map<String, Path> prefixes = new TreeMap<>(settings.idPrefixes());
    prefixes.putAll(flags.idPrefixes);
    List<String> ignore = new ArrayList<>(settings.ignoreLines());
    ignore.addAll(ignoreFlags);
    return new ResolvedOptions(
        configFile,
        Optional.ofNullable(flags.schemas).or(settings::schemas).orElse(DEFAULT_SCHEMAS),
        Optional.ofNullable(outputFlag).or(settings::output),
        Optional.ofNullable(flags.packageName).or(settings::packageName).orElse(DEFAULT_PACKAGE),
        prefixes,
        ignore,
        Optional.ofNullable(flags.jackson).or(settings::jackson).orElse(JacksonBaseline.DEFAULT.version()),
        Optional.ofNullable(flags.defaultDraft).or(settings::defaultDraft).orElse(Draft.DRAFT_2020_12.optionName()),
        flags.strict || settings.strict().orElse(false),
        flags.validators || settings.validators().orElse(false),
        flags.readers || settings.readers().orElse(false),
        flags.formatAssertions || settings.formatAssertions().orElse(false),
        flags.validatorsOnly || settings.validatorsOnly().orElse(false));
  }

  private static Optional<Path> configFile(Path flag) throws CliFailure {
    if (flag != null) {
      if (!Files.isRegularFile(flag)) {
        throw new CliFailure(ExitCodes.USAGE, "error: settings file " + flag + " does not exist");
      }
      return Optional.of(flag);
    }
    Path fallback = Path.of(SettingsFile.DEFAULT_NAME);
    return Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
  }

  private static Settings read(Path file) throws CliFailure {
    try {
      return SettingsFile.read(file);
    } catch (SettingsFile.InvalidSettingsException e) {
      throw new CliFailure(ExitCodes.USAGE, "error: " + e.getMessage());
    } catch (IOException e) {
      throw CliFailure.io("cannot read settings file " + file, e);
    }
  }

  Path requireOutput() throws CliFailure {
    Path folder = output.orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
        "error: no output folder: pass --output DIR or set \"output\" in " + SettingsFile.DEFAULT_NAME));
    Optional<String> problem = OutputPlacement.problem(schemas, folder);
    if (problem.isPresent()) {
      throw new CliFailure(ExitCodes.USAGE, "error: " + problem.get());
    }
    return folder;
  }

  GeneratorConfig generatorConfig() throws CliFailure {
    try {
      GeneratorConfig config = new GeneratorConfig(schemas, packageName, idPrefixes).withJackson(JacksonBaseline.parse(jackson))
          .withDefaultDraft(Draft.parse(defaultDraft));
      config = strict ? config.withStrict() : config;
      config = validators ? config.withValidators() : config;
      config = readers ? config.withReaders() : config;
      return formatAssertions ? config.withFormatAssertions() : config;
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.USAGE, "error: " + e.getMessage());
    }
  }
}
