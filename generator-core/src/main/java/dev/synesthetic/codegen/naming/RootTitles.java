package dev.synesthetic.codegen.naming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for the words a file's root type is named by. Real titles are often sentences or
 * carry a URL ("JSON schema for the PDM Python package manager configuration (https://…)"), so a
 * title names the type only when it is short and plain once the schema boilerplate is dropped;
 * otherwise the file name does. All case mapping uses {@link Locale#ROOT}.
 */
public final class RootTitles {
    /** A phrase title longer than this, once cleaned, reads as a sentence: the file name is used. */
    static final int MAX_WORDS = 4;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.)\\S*");
    /** A subtitle or remark starts here: "Foo CI, version 2", "Docs - see …", "PDM (…)". */
    private static final Pattern SUBTITLE = Pattern.compile("[,;:(\\[|]| [-–—] ");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEADING = Set.of(
            "a",
            "an",
            "the",
            "json",
            "schema",
            "schemas",
            "for",
            "of",
            "configuration",
            "config",
            "file",
            "definition");
    private static final Set<String> TRAILING =
            Set.of("json", "schema", "configuration", "config", "file", "files", "definition");

    private RootTitles() {}

    /**
     * The words naming the root of {@code fileName}: a title without whitespace as it is (the author
     * chose an identifier: {@code RuleBundleSchema}); a phrase title without URLs, subtitle,
     * possessive {@code 's} and leading/trailing boilerplate ({@code JSON schema for the},
     * {@code configuration file}) when 1 to {@value #MAX_WORDS} words remain and it does not end like
     * a sentence; else the file name without its extension.
     */
    public static String words(String title, String fileName) {
        String fallback = TypeNamer.stripExtension(fileName);
        String trimmed = title.strip();
        if (trimmed.isEmpty()) {
            return fallback;
        }
        if (trimmed.codePoints().noneMatch(Character::isWhitespace)
                && !URL.matcher(trimmed).find()) {
            return trimmed;
        }
        if (trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
            return fallback;
        }
        String phrase = URL.matcher(trimmed).replaceAll(" ");
        phrase = SUBTITLE.split(phrase, 2)[0];
        phrase = POSSESSIVE.matcher(phrase).replaceAll("");
        List<String> words = new ArrayList<>(Arrays.asList(WORD_SEPARATORS.split(phrase.strip())));
        words.removeIf(String::isEmpty);
        while (!words.isEmpty() && LEADING.contains(lower(words.get(0)))) {
            words.remove(0);
        }
        while (!words.isEmpty() && TRAILING.contains(lower(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() || words.size() > MAX_WORDS ? fallback : String.join(" ", words);
    }

    /**
     * Whether {@code title} only repeats the file name ({@code "synesthetic-asset"} in {@code
     * synesthetic-asset.schema.json}): it says nothing a reader of the documentation needs.
     */
    public static boolean isFileName(String title, String fileName) {
        return title.strip().equals(TypeNamer.stripExtension(fileName));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
