package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.config.OptionValues;
import dev.synesthetic.codegen.config.OutputPlacement;
import dev.synesthetic.codegen.config.ResolvedOptions;
import dev.synesthetic.codegen.config.SettingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One command line's options: its flags over the settings file over the CLI's defaults (the
 * Synesthetic corpus), merged by core's {@link OptionValues}.
 *
 * @param configFlag the {@code --config} given, if any
 * @param configFile the settings file read, if any ({@code --config} or ./synesthetic-codegen.json)
 * @param flags what the command line set (the fix command repeats it)
 * @param resolved every option's value
 */
record CliOptions(Optional<Path> configFlag, Optional<Path> configFile, OptionValues flags, ResolvedOptions resolved) {
    /** What the CLI uses when neither a flag nor the settings file says. */
    static final OptionValues DEFAULTS = OptionValues.builder()
            .put(CodegenOptions.SCHEMAS, Path.of("../shared/synesthetic-schemas/jsonschema"))
            .put(CodegenOptions.PACKAGE, "dev.synesthetic.schema")
            .build();

    static CliOptions resolve(Path configFlag, OptionValues flags) throws CliFailure {
        Optional<Path> configFile = configFile(configFlag);
        OptionValues settings = configFile.isPresent() ? read(configFile.get()) : OptionValues.NONE;
        return new CliOptions(
                Optional.ofNullable(configFlag),
                configFile,
                flags,
                flags.over(settings).over(DEFAULTS).resolve());
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

    private static OptionValues read(Path file) throws CliFailure {
        try {
            return SettingsFile.read(file);
        } catch (SettingsFile.InvalidSettingsException e) {
            throw new CliFailure(ExitCodes.USAGE, "error: " + e.getMessage());
        } catch (IOException e) {
            throw CliFailure.io("cannot read settings file " + file, e);
        }
    }

    Path schemas() {
        return resolved.get(CodegenOptions.SCHEMAS);
    }

    java.util.Map<String, Path> idPrefixes() {
        return resolved.get(CodegenOptions.ID_PREFIXES);
    }

    Path requireOutput() throws CliFailure {
        Path folder = resolved.find(CodegenOptions.OUTPUT)
                .orElseThrow(() -> new CliFailure(
                        ExitCodes.USAGE,
                        "error: no output folder: pass --output DIR or set \"output\" in "
                                + SettingsFile.DEFAULT_NAME));
        Optional<String> problem = OutputPlacement.problem(schemas(), folder);
        if (problem.isPresent()) {
            throw new CliFailure(ExitCodes.USAGE, "error: " + problem.get());
        }
        return folder;
    }

    GeneratorConfig generatorConfig() throws CliFailure {
        try {
            return resolved.generatorConfig();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "error: " + e.getMessage());
        }
    }
}
