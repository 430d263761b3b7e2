package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.config.CodegenOptions;
import dev.synesthetic.codegen.config.Option;
import dev.synesthetic.codegen.support.ShellWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The exact {@code generate} command that makes the output clean: the same launcher and the same
 * corpus options the user gave, so it can be pasted as is.
 */
final class FixCommand {
    private FixCommand() {}

    static String of(CliOptions options) {
        List<String> words = new ArrayList<>(launcher());
        words.add("generate");
        options.configFlag().ifPresent(config -> {
            words.add("--config");
            words.add(config.toString());
        });
        for (Option<?> option : CodegenOptions.GENERATE) {
            add(words, option, options);
        }
        return ShellWords.join(words);
    }

    /**
     * The {@code compat} command that shows what a schema change breaks: the same launcher and settings
     * file, the schemas as the new side, and a placeholder for the previous release's schemas.
     */
    static String compat(CliOptions options) {
        List<String> words = new ArrayList<>(launcher());
        words.add("compat");
        options.configFlag().ifPresent(config -> {
            words.add("--config");
            words.add(config.toString());
        });
        words.addAll(List.of(
                "--old", "<previous schemas>", "--new", options.schemas().toString()));
        return ShellWords.join(words);
    }

    /** Options a fix command without a settings file always spells out. */
    private static final Set<Option<?>> WHERE_AND_WHAT =
            Set.of(CodegenOptions.SCHEMAS, CodegenOptions.OUTPUT, CodegenOptions.PACKAGE);

    /** The flag words for {@code option}: as the user gave it, else (without a settings file) where and what. */
    private static <T> void add(List<String> words, Option<T> option, CliOptions options) {
        Optional<T> given = options.flags().get(option);
        if (given.isPresent()) {
            words.addAll(flagWords(option, given.get()));
        } else if (options.configFile().isEmpty() && WHERE_AND_WHAT.contains(option)) {
            // Without a settings file the command must say where and what, even where the default applied.
            words.addAll(options.resolved()
                    .find(option)
                    .map(value -> flagWords(option, value))
                    .orElse(List.of(option.flag(), option.label())));
        }
    }

    /** {@code --x} / {@code --no-x} for a switch, else the flag before each argument. */
    private static <T> List<String> flagWords(Option<T> option, T value) {
        if (option.kind() == Option.Kind.SWITCH) {
            return List.of(
                    (Boolean) value ? option.flag() : "--no-" + option.flag().substring(2));
        }
        List<String> words = new ArrayList<>();
        for (String argument : option.print(value)) {
            words.add(option.flag());
            words.add(argument);
        }
        return words;
    }

    /** {@code java -jar <jar>} when running from the shaded jar, else the command name. */
    static List<String> launcher() {
        try {
            Path location = Path.of(Main.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (location.toString().endsWith(".jar")) {
                Path shown = location.startsWith(Path.of("").toAbsolutePath())
                        ? Path.of("").toAbsolutePath().relativize(location)
                        : location;
                return List.of("java", "-jar", shown.toString());
            }
        } catch (Exception e) {
            // fall through to the plain command name
        }
        return List.of("synesthetic-codegen");
    }
}
