package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema text as Java string literals. JavaPoet's {@code $S} escapes quotes, backslashes and
 * control characters but keeps U+2028 and U+2029 raw, and then breaks the output line at them:
 * inside a literal that is an unclosed string. Here those two become {@code "\u2028"} pieces of a
 * constant concatenation (still a compile-time constant, so fine in annotations); every other
 * string is exactly {@code $S}.
 */
public final class JavaLiterals {
    private JavaLiterals() {}

    public static CodeBlock string(String value) {
        if (value.indexOf('\u2028') < 0 && value.indexOf('\u2029') < 0) {
            return CodeBlock.of("$S", value);
        }
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    parts.add(CodeBlock.of("$S", value.substring(start, i)));
                }
                parts.add(CodeBlock.of("$L", c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\""));
                start = i + 1;
            }
        }
        if (start < value.length()) {
            parts.add(CodeBlock.of("$S", value.substring(start)));
        }
        return CodeBlock.of("($L)", CodeBlock.join(parts, " + "));
    }

    /**
     * {@code CodeBlock.of(format, args)} with every {@code $S} argument made by {@link #string}, its
     * text arguments written into the format ({@link FlatCode}).
     */
    public static CodeBlock of(String format, Object... args) {
        StringBuilder rewritten = new StringBuilder(format.length());
        Object[] values = args.clone();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            rewritten.append(c);
            if (c == '$' && i + 1 < format.length()) {
                char kind = format.charAt(++i);
                if (kind == 'S' && values[next] instanceof String text && !quotedRightByJavaPoet(text)) {
                    rewritten.append('L');
                    values[next] = string(text);
                } else {
                    rewritten.append(kind);
                }
                if (kind != '$'
                        && kind != '>'
                        && kind != '<'
                        && kind != '['
                        && kind != ']'
                        && kind != 'W'
                        && kind != 'Z') {
                    next++;
                }
            }
        }
        return FlatCode.of(rewritten.toString(), values);
    }

    /** No U+2028 or U+2029: JavaPoet's own {@code $S} is right, as {@link #string} would give it. */
    private static boolean quotedRightByJavaPoet(String text) {
        return text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }
}
