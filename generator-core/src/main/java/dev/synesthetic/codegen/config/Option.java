package dev.synesthetic.codegen.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One option, as every front end spells it: its settings-file key (also the Maven plugin's
 * parameter name unless that predates this class), its command-line flag, and how a text becomes
 * its value. The options themselves are listed in {@link CodegenOptions}.
 *
 * @param <T> the value's type
 */
public final class Option<T> {
    /** How the option takes values, which decides its flag shape, its JSON type and how layers combine. */
    public enum Kind {
        /** true or false; {@code --x} / {@code --no-x}; a JSON boolean. */
        SWITCH,
        /** One value; {@code --x VALUE}; a JSON string. The upper layer's value wins. */
        VALUE,
        /** {@code PREFIX=DIR} entries; a repeatable flag; a JSON object. Layers add up, the upper winning per key. */
        PAIRS,
        /** A list of texts; a repeatable flag; a JSON array. Layers add up, lower first. */
        LIST
    }

    private final String key;
    private final String flag;
    private final String label;
    private final String help;
    private final Kind kind;
    private final BiFunction<String, Path, T> parser;
    private final Function<T, List<String>> printer;
    private final T fallback;

    private Option(
            String key,
            String flag,
            String label,
            String help,
            Kind kind,
            BiFunction<String, Path, T> parser,
            Function<T, List<String>> printer,
            T fallback) {
        this.key = key;
        this.flag = flag;
        this.label = label;
        this.help = help;
        this.kind = kind;
        this.parser = parser;
        this.printer = printer;
        this.fallback = fallback;
    }

    /** A switch, off unless set; its flag is the key in kebab case. */
    static Option<Boolean> toggle(String key, String help) {
        return toggle(key, help, false);
    }

    /** A switch that is {@code fallback} unless set ({@code --no-x} turns an on-by-default one off). */
    static Option<Boolean> toggle(String key, String help, boolean fallback) {
        return new Option<>(
                key, kebab(key), "", help, Kind.SWITCH, (text, base) -> parseBoolean(text), on -> List.of(), fallback);
    }

    /** One value read by {@code parse} (which throws {@link IllegalArgumentException} saying what is wrong). */
    static <T> Option<T> value(
            String key, String label, String help, Function<String, T> parse, Function<T, String> print, T fallback) {
        return new Option<>(
                key,
                kebab(key),
                label,
                help,
                Kind.VALUE,
                (text, base) -> parse.apply(text),
                value -> List.of(print.apply(value)),
                fallback);
    }

    /** A folder: relative to the settings file's folder there, to the project's in the plugin, as given on the command line. */
    static Option<Path> folder(String key, String help) {
        return new Option<>(
                key,
                kebab(key),
                "DIR",
                help,
                Kind.VALUE,
                (text, base) ->
                        base == null ? Path.of(text) : base.resolve(text).normalize(),
                path -> List.of(path.toString()),
                null);
    }

    /** {@code PREFIX=DIR} entries, DIR as given (the generator reads it relative to the schema folder). */
    static Option<Map<String, Path>> pairs(String key, String flag, String help) {
        return new Option<Map<String, Path>>(
                key,
                flag,
                "PREFIX=DIR",
                help,
                Kind.PAIRS,
                (text, base) -> pair(text),
                map -> map.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList(),
                Map.of());
    }

    /** A list of texts, e.g. regular expressions. */
    static Option<List<String>> list(String key, String flag, String label, String help) {
        return new Option<List<String>>(
                key, flag, label, help, Kind.LIST, (text, base) -> List.of(text), list -> list, List.of());
    }

    /** The settings-file key, e.g. {@code defaultDraft}. */
    public String key() {
        return key;
    }

    /** The command-line flag, e.g. {@code --default-draft}. */
    public String flag() {
        return flag;
    }

    /** What the value is called in help, e.g. {@code DIR}; empty for a switch. */
    public String label() {
        return label;
    }

    /** One sentence (or a few) for help, without the default. */
    public String help() {
        return help;
    }

    public Kind kind() {
        return kind;
    }

    /** The value when no layer sets one; empty for options without a default (the output folder). */
    public java.util.Optional<T> fallback() {
        return java.util.Optional.ofNullable(fallback);
    }

    /**
     * The value one text stands for; {@code base} is the folder relative paths are relative to
     * (null: keep them as given). Throws {@link IllegalArgumentException} with a phrase that does not
     * name the option: the caller names it as its user wrote it.
     */
    public T parse(String text, Path base) {
        return parser.apply(Objects.requireNonNull(text, key), base);
    }

    /** The flag arguments that give {@code value} back (empty for a switch: its flag alone does). */
    public List<String> print(T value) {
        return printer.apply(value);
    }

    /** {@code upper} over {@code lower}: per {@link Kind}. */
    @SuppressWarnings("unchecked")
    T combine(T upper, T lower) {
        if (kind == Kind.PAIRS) {
            Map<String, Path> merged = new TreeMap<>((Map<String, Path>) lower);
            merged.putAll((Map<String, Path>) upper);
            return (T) java.util.Collections.unmodifiableMap(merged);
        }
        if (kind == Kind.LIST) {
            List<String> merged = new ArrayList<>((List<String>) lower);
            merged.addAll((List<String>) upper);
            return (T) List.copyOf(merged);
        }
        return upper;
    }

    /** This option as the {@link Kind#PAIRS} it is. */
    @SuppressWarnings("unchecked")
    Option<Map<String, Path>> asPairs() {
        if (kind != Kind.PAIRS) {
            throw new IllegalStateException(key + " is not PREFIX=DIR entries");
        }
        return (Option<Map<String, Path>>) this;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) value;
    }

    @Override
    public String toString() {
        return key;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, not '" + text + "'");
        };
    }

    private static Map<String, Path> pair(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not PREFIX=DIR");
        }
        return Map.of(text.substring(0, equals), Path.of(text.substring(equals + 1)));
    }

    private static String kebab(String key) {
        return "--" + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
