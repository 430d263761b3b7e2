package dev.synesthetic.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns schema words (file names, titles, property names, enum values) into Java identifiers. All
 * case mapping uses {@link Locale#ROOT}: the same input gives the same name under every locale.
 */
public final class Identifiers {
    /** Reserved words and literals, including the restricted identifiers of Java 17. */
    static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed",
            "_");

    private Identifiers() {}

    /** Splits into words at non-alphanumeric characters and at lower-to-upper case changes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean part = Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp);
            if (!part) {
                flush(words, current);
            } else {
                int next =
                        i + Character.charCount(cp) < text.length() ? text.codePointAt(i + Character.charCount(cp)) : 0;
                boolean camelHump = Character.isLowerCase(previous) || Character.isDigit(previous);
                boolean acronymEnd = Character.isUpperCase(previous) && Character.isLowerCase(next); // HTTPServer
                if (Character.isUpperCase(cp) && (camelHump || acronymEnd)) {
                    flush(words, current);
                }
                current.appendCodePoint(cp);
            }
            previous = part ? cp : 0;
            i += Character.charCount(cp);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    /** {@code synesthetic-asset} → {@code SynestheticAsset}; {@code InputParameter} stays. */
    public static String pascal(String text) {
        return startSafe(pascalPart(text));
    }

    /**
     * Like {@link #pascal} but without making the start safe: for parts appended to a name that
     * already starts well ({@code Owner} + {@code 2nd-place} → {@code Owner2ndPlace}).
     */
    public static String pascalPart(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : wordsOrSymbolNames(text)) {
            out.append(capitalize(word));
        }
        return out.toString();
    }

    /** {@code control_parameters} → {@code controlParameters}; {@code mouseButtons} stays. */
    public static String camel(String text) {
        List<String> words = wordsOrSymbolNames(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            out.append(i == 0 ? decapitalize(word) : capitalize(word));
        }
        return startSafe(out.toString());
    }

    /** {@code Tone.Synth} → {@code TONE_SYNTH}; {@code mouse.x} → {@code MOUSE_X}. */
    public static String constant(String text) {
        if (text.isEmpty()) {
            return "EMPTY";
        }
        List<String> upper = new ArrayList<>();
        for (String word : wordsOrSymbolNames(text)) {
            upper.add(word.toUpperCase(Locale.ROOT));
        }
        return startSafe(String.join("_", upper));
    }

    /**
     * The words of {@code text}; a text with no letter or digit at all ({@code -}, {@code +}, {@code
     * _}) is named by its characters' Unicode names instead ({@code HYPHEN-MINUS}, {@code PLUS SIGN}),
     * which are fixed by the Unicode standard and so the same on every JDK.
     */
    static List<String> wordsOrSymbolNames(String text) {
        List<String> words = words(text);
        if (!words.isEmpty() || text.isEmpty()) {
            return words;
        }
        StringBuilder names = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String name = Character.getName(cp);
            names.append(' ').append(name != null ? name : String.format(Locale.ROOT, "U%04X", cp));
        });
        List<String> lower = new ArrayList<>();
        for (String word : words(names.toString())) {
            lower.add(word.toLowerCase(Locale.ROOT));
        }
        return lower;
    }

    private static String capitalize(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first)))
                .toString();
    }

    private static String decapitalize(String word) {
        // An all-caps word (an acronym like "ID" or "Q") reads best fully lower-cased.
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return word.toLowerCase(Locale.ROOT);
        }
        int first = word.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toLowerCase(first))
                .append(word.substring(Character.charCount(first)))
                .toString();
    }

    /** Empty names and names starting with a digit get a leading underscore. */
    private static String startSafe(String name) {
        if (name.isEmpty()) {
            return "_";
        }
        return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name : "_" + name;
    }

    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}
