package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CodeBlock.of(format, args)} with the plain-text arguments written into the format. JavaPoet
 * emits every literal run, {@code $S}, {@code $N} and {@code $L} of a block as its own piece, and
 * splits each piece at line breaks with a new regex matcher, twice per file (once to collect the
 * imports): a third of a short run. Moving the text arguments into the format leaves one piece per
 * run of text between the {@code $T}s and nested blocks, and the rendered file is the same.
 *
 * <p>Written in: {@code $S} of a string JavaPoet keeps on one line (no line break; U+2028 and
 * U+2029 are {@link JavaLiterals}' business), {@code $N} of a string and {@code $L} of a string,
 * number, character or boolean. Types, nested blocks and specs stay arguments. A format with
 * indexed or named arguments ({@code $1L}, {@code $name:L}) is passed on as it is.
 */
public final class FlatCode {
    private FlatCode() {}

    /** A format and the arguments it still has. */
    record Flat(String format, List<Object> args) {}

    public static CodeBlock of(String format, Object... args) {
        Flat flat = flatten(format, args);
        return CodeBlock.of(flat.format(), flat.args().toArray());
    }

    static Flat flatten(String format, Object... args) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        List<Object> kept = new ArrayList<>(args.length);
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '$' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char kind = format.charAt(++i);
            if (kind == '$' || kind == '>' || kind == '<' || kind == '[' || kind == ']' || kind == 'W' || kind == 'Z') {
                out.append('$').append(kind);
                continue;
            }
            if (kind != 'S' && kind != 'N' && kind != 'L' && kind != 'T' || next >= args.length) {
                return new Flat(format, List.of(args)); // indexed, named or malformed: JavaPoet's to handle
            }
            Object arg = args[next++];
            String text = text(kind, arg);
            if (text == null) {
                out.append('$').append(kind);
                kept.add(arg);
            } else {
                out.append(text.replace("$", "$$"));
            }
        }
        return new Flat(out.toString(), kept);
    }

    /** The text JavaPoet would emit for {@code arg} as one piece, or null when it must stay an argument. */
    private static String text(char kind, Object arg) {
        return switch (kind) {
            case 'S' -> arg == null ? "null" : arg instanceof String s && oneLine(s) ? quoted(s) : null;
            case 'N' -> arg instanceof String s ? s : null;
            case 'L' ->
                arg instanceof String || arg instanceof Number || arg instanceof Character || arg instanceof Boolean
                        ? String.valueOf(arg)
                        : null;
            default -> null;
        };
    }

    private static boolean oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0;
    }

    /** A Java string literal escaped as JavaPoet's {@code $S} escapes one (checked against it in tests). */
    private static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
