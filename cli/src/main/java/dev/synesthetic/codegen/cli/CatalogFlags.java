package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.config.Option;
import dev.synesthetic.codegen.config.OptionValues;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shared options ({@code CodegenOptions}) as flags: declared on a command from the catalog, so
 * a new option needs no CLI code, and read back as the command line's layer of the merge. A switch
 * is {@code --x} / {@code --no-x}; an unset flag is absent, so the settings file decides.
 */
final class CatalogFlags {
    private CatalogFlags() {}

    /** Adds a flag for each of {@code options} to {@code spec}, with help naming the default. */
    static void declare(CommandSpec spec, List<Option<?>> options, OptionValues defaults) {
        for (Option<?> option : options) {
            OptionSpec.Builder flag = OptionSpec.builder(option.flag()).description(help(option, defaults));
            switch (option.kind()) {
                case SWITCH -> flag.type(Boolean.class).arity("0").negatable(true);
                case VALUE -> flag.type(String.class).paramLabel(option.label());
                case PAIRS, LIST ->
                    flag.type(List.class).auxiliaryTypes(String.class).paramLabel(option.label());
            }
            spec.addOption(flag.build());
        }
    }

    /** What the user set on the command line; a value an option refuses is a usage error naming the flag. */
    static OptionValues read(CommandSpec spec, List<Option<?>> options) throws CliFailure {
        OptionValues.Builder values = OptionValues.builder();
        for (Option<?> option : options) {
            Object given = spec.findOption(option.flag()).getValue();
            try {
                if (given instanceof List<?> texts) {
                    values.texts(option, texts.stream().map(String::valueOf).toList(), null);
                } else if (given != null) {
                    values.text(option, String.valueOf(given), null);
                }
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.USAGE, "error: " + option.flag() + ": " + e.getMessage());
            }
        }
        return values.build();
    }

    /** The option's help and, for a value, its default here. */
    private static <T> String help(Option<T> option, OptionValues defaults) {
        if (option.kind() != Option.Kind.VALUE) {
            return option.help();
        }
        return option.help()
                + defaults.get(option)
                        .or(option::fallback)
                        .map(value -> " Default: " + String.join(" ", option.print(value)) + ".")
                        .orElse("");
    }
}
