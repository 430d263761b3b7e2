package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * YAML 1.2's core schema (spec 10.3.2), which YAML 1.2 tools and Kubernetes or GitHub users expect,
 * where jackson-dataformat-yaml reads YAML 1.1 forms ({@code 1_000} and {@code 0b101} as numbers,
 * {@code 017} as octal, {@code 0o17} as a string). A plain untagged scalar is typed by its text
 * alone; a quoted or block one is a string; the core tags ({@code !!str}, {@code !!int}, ...) are
 * honoured and a value that does not fit its tag is refused. Any other tag ({@code !Ref},
 * {@code !!binary}) is refused: only the application that reads the document knows what it
 * stands for, so checking the bare text would give a verdict on a different document.
 */
final class YamlCoreSchema {
    private YamlCoreSchema() {}

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");
    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o([0-7]+)");
    private static final Pattern HEX = Pattern.compile("0x([0-9a-fA-F]+)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    /** Whether a plain untagged scalar is a string (and so may be a mapping key). */
    static boolean plainIsString(String text) {
        return !(NULL.matcher(text).matches()
                || BOOL.matcher(text).matches()
                || integer(text) != null
                || FLOAT.matcher(text).matches()
                || INFINITY.matcher(text).matches()
                || NAN.matcher(text).matches());
    }

    /** Whether a key's tag makes it a string: none, the non-specific {@code !}, or {@code !!str}. */
    static boolean stringTag(@Nullable String tag) {
        return tag == null || tag.equals("!") || tag.equals(CORE + "str");
    }

    /**
     * A scalar's JSON value.
     *
     * @param tag the scalar's tag as SnakeYAML resolves it, null when untagged
     * @param plain whether it is written plain (not quoted, not a block scalar)
     */
    static JsonNode scalar(@Nullable String tag, boolean plain, String text, @Nullable Position at)
            throws UnreadableDocument {
        if (tag == null) {
            return plain ? plain(text, at) : TreeBuilder.NODES.textNode(text);
        }
        if (tag.equals("!")) {
            return TreeBuilder.NODES.textNode(text); // the non-specific tag: a string, whatever its text
        }
        String core = core(tag, at);
        return switch (core) {
            case "str" -> TreeBuilder.NODES.textNode(text);
            case "null" -> {
                fits(NULL.matcher(text).matches(), text, core, "null, Null, NULL, ~ or nothing", at);
                yield TreeBuilder.NODES.nullNode();
            }
            case "bool" -> {
                fits(BOOL.matcher(text).matches(), text, core, "true or false, True, TRUE, False, FALSE", at);
                yield plain(text, at);
            }
            case "int" -> {
                BigInteger value = integer(text);
                fits(value != null, text, core, "decimal, 0o octal or 0x hex digits", at);
                yield TreeBuilder.NODES.numberNode(value);
            }
            case "float" -> {
                finite(text, at);
                fits(
                        FLOAT.matcher(text).matches(),
                        text,
                        core,
                        "digits with an optional fraction and exponent, .inf or .nan",
                        at);
                yield TreeBuilder.NODES.numberNode(decimal(text, at));
            }
            default -> throw new UnreadableDocument("a scalar cannot have the tag !!" + core, at);
        };
    }

    /** Refuses a mapping or sequence whose tag is not its own core tag (or none). */
    static void collection(@Nullable String tag, boolean mapping, @Nullable Position at) throws UnreadableDocument {
        if (tag == null || tag.equals("!")) {
            return;
        }
        String core = core(tag, at);
        if (!core.equals(mapping ? "map" : "seq")) {
            throw new UnreadableDocument((mapping ? "a mapping" : "a sequence") + " cannot have the tag !!" + core, at);
        }
    }

    private static JsonNode plain(String text, @Nullable Position at) throws UnreadableDocument {
        if (NULL.matcher(text).matches()) {
            return TreeBuilder.NODES.nullNode();
        }
        if (BOOL.matcher(text).matches()) {
            return TreeBuilder.NODES.booleanNode(Character.toLowerCase(text.charAt(0)) == 't');
        }
        BigInteger integer = integer(text);
        if (integer != null) {
            return TreeBuilder.NODES.numberNode(integer);
        }
        if (FLOAT.matcher(text).matches()) {
            return TreeBuilder.NODES.numberNode(decimal(text, at));
        }
        finite(text, at);
        return TreeBuilder.NODES.textNode(text);
    }

    /** BigDecimal holds exponents within an int's range; past that, the number is refused where it stands. */
    private static BigDecimal decimal(String text, @Nullable Position at) throws UnreadableDocument {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UnreadableDocument(text + " has an exponent past what a decimal number holds", at);
        }
    }

    private static @Nullable BigInteger integer(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return new BigInteger(text);
        }
        Matcher octal = OCTAL.matcher(text);
        if (octal.matches()) {
            return new BigInteger(octal.group(1), 8);
        }
        Matcher hex = HEX.matcher(text);
        return hex.matches() ? new BigInteger(hex.group(1), 16) : null;
    }

    /** JSON has no infinities and no NaN, so neither has JSON Schema: such a value is refused where it stands. */
    private static void finite(String text, @Nullable Position at) throws UnreadableDocument {
        if (INFINITY.matcher(text).matches()) {
            throw new UnreadableDocument(text + " is YAML's infinity; " + NO_SUCH_NUMBER, at);
        }
        if (NAN.matcher(text).matches()) {
            throw new UnreadableDocument(text + " is YAML's not-a-number; " + NO_SUCH_NUMBER, at);
        }
    }

    static final String NO_SUCH_NUMBER = "JSON, and so JSON Schema, has no such number";

    /** The core tag's short name ({@code int}); any other tag is refused. */
    private static String core(String tag, @Nullable Position at) throws UnreadableDocument {
        String name = tag.startsWith(CORE) ? tag.substring(CORE.length()) : null;
        if (name == null || !CORE_TAGS.contains(name)) {
            throw new UnreadableDocument(
                    "the tag " + (name == null ? tag : "!!" + name) + " is not one of YAML 1.2's core tags"
                            + " (!!str, !!int, !!float, !!bool, !!null, !!seq, !!map): only the application that"
                            + " reads the document knows its value, so the document has no JSON form to check",
                    at);
        }
        return name;
    }

    private static void fits(boolean fits, String text, String core, String forms, @Nullable Position at)
            throws UnreadableDocument {
        if (!fits) {
            throw new UnreadableDocument(text + " is not a !!" + core + " (YAML 1.2 core: " + forms + ")", at);
        }
    }
}
