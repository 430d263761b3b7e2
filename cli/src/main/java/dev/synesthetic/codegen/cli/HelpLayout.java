package dev.synesthetic.codegen.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The option and parameter lists of every help page, wrapped at spaces only. picocli breaks lines
 * wherever {@code BreakIterator} allows, which splits values such as {@code dev.synesthetic.schema}
 * or a path after a dot or before a slash; here a word longer than the column stays whole.
 */
final class HelpLayout {
    static final int WIDTH = 80;
    /** The names column; longer names get a line of their own. */
    private static final int NAMES = 28;

    private static final String INDENT = " ".repeat(2 + NAMES + 1);

    private HelpLayout() {}

    /** Renders the lists of {@code commandLine} and each of its subcommands this way. */
    static void install(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpLayout::parameters);
        commandLine.setHelpSectionMap(sections);
        commandLine.getSubcommands().values().forEach(HelpLayout::install);
    }

    private static String options(Help help) {
        List<OptionSpec> options = new ArrayList<>(
                help.commandSpec().options().stream().filter(o -> !o.hidden()).toList());
        options.sort(Comparator.comparing(HelpLayout::sortKey));
        StringBuilder text = new StringBuilder();
        for (OptionSpec option : options) {
            row(text, names(option), option);
        }
        return text.toString();
    }

    private static String parameters(Help help) {
        StringBuilder text = new StringBuilder();
        for (PositionalParamSpec parameter : help.commandSpec().positionalParameters()) {
            if (!parameter.hidden()) {
                row(text, "    " + parameter.paramLabel() + (parameter.isMultiValue() ? "..." : ""), parameter);
            }
        }
        return text.toString();
    }

    /** {@code -h, --help}, {@code     --config=FILE}, {@code     --[no-]strict}. */
    private static String names(OptionSpec option) {
        String longest = option.longestName();
        String shortName = option.names().length > 1 ? option.shortestName() + ", " : "    ";
        if (option.negatable()) {
            longest = "--[no-]" + longest.substring(2);
        }
        boolean takesValue = !option.typeInfo().isBoolean() && option.arity().max() > 0;
        return shortName
                + longest
                + (takesValue ? "=" + option.paramLabel() : "")
                + (option.isMultiValue() ? "..." : "");
    }

    private static String sortKey(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    private static void row(StringBuilder text, String names, ArgSpec arg) {
        List<String> lines = wrap(String.join(" ", arg.description()), WIDTH - INDENT.length());
        String first = lines.isEmpty() ? "" : lines.get(0);
        if (names.length() <= NAMES) {
            text.append("  ")
                    .append(names)
                    .append(" ".repeat(NAMES - names.length() + 1))
                    .append(first)
                    .append('\n');
        } else {
            text.append("  ")
                    .append(names)
                    .append('\n')
                    .append(INDENT)
                    .append(first)
                    .append('\n');
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            text.append(INDENT).append(line).append('\n');
        }
    }

    /** Words of {@code text} in lines of at most {@code width}, broken at spaces only. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
