package dev.synesthetic.codegen.vocabulary;

import java.util.Map;

/**
 * Rewrites the ECMA-262 regular-expression syntax {@code java.util.regex} spells differently:
 * Unicode property escapes with long General_Category names ({@code \p{Letter}} → {@code \p{L}})
 * and {@code Script=}/{@code sc=} forms ({@code \p{Script=Greek}} → {@code \p{IsGreek}}).
 * Everything else is passed through; the README lists the remaining differences.
 */
public final class EcmaPatterns {
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("Letter", "L"),
            Map.entry("Cased_Letter", "LC"),
            Map.entry("Uppercase_Letter", "Lu"),
            Map.entry("Lowercase_Letter", "Ll"),
            Map.entry("Titlecase_Letter", "Lt"),
            Map.entry("Modifier_Letter", "Lm"),
            Map.entry("Other_Letter", "Lo"),
            Map.entry("Mark", "M"),
            Map.entry("Nonspacing_Mark", "Mn"),
            Map.entry("Spacing_Mark", "Mc"),
            Map.entry("Enclosing_Mark", "Me"),
            Map.entry("Number", "N"),
            Map.entry("Decimal_Number", "Nd"),
            Map.entry("digit", "Nd"),
            Map.entry("Letter_Number", "Nl"),
            Map.entry("Other_Number", "No"),
            Map.entry("Punctuation", "P"),
            Map.entry("punct", "P"),
            Map.entry("Symbol", "S"),
            Map.entry("Math_Symbol", "Sm"),
            Map.entry("Currency_Symbol", "Sc"),
            Map.entry("Separator", "Z"),
            Map.entry("Space_Separator", "Zs"),
            Map.entry("Line_Separator", "Zl"),
            Map.entry("Paragraph_Separator", "Zp"),
            Map.entry("Other", "C"),
            Map.entry("Control", "Cc"),
            Map.entry("Format", "Cf"),
            Map.entry("Unassigned", "Cn"),
            Map.entry("Private_Use", "Co"),
            Map.entry("Surrogate", "Cs"));

    private EcmaPatterns() {}

    public static String toJava(String ecma) {
        StringBuilder out = new StringBuilder(ecma.length());
        for (int i = 0; i < ecma.length(); i++) {
            char c = ecma.charAt(i);
            if (c != '\\' || i + 1 >= ecma.length()) {
                out.append(c);
                continue;
            }
            char next = ecma.charAt(i + 1);
            int close = ecma.indexOf('}', i);
            if ((next == 'p' || next == 'P') && i + 2 < ecma.length() && ecma.charAt(i + 2) == '{' && close > 0) {
                out.append('\\')
                        .append(next)
                        .append('{')
                        .append(property(ecma.substring(i + 3, close)))
                        .append('}');
                i = close;
            } else {
                out.append(c).append(next); // any other escape, including an escaped backslash, stays as is
                i++;
            }
        }
        return out.toString();
    }

    private static String property(String name) {
        int equals = name.indexOf('=');
        if (equals > 0) {
            String key = name.substring(0, equals);
            String value = name.substring(equals + 1);
            if (key.equals("Script") || key.equals("sc") || key.equals("Script_Extensions") || key.equals("scx")) {
                return "Is" + value;
            }
            if (key.equals("General_Category") || key.equals("gc")) {
                return CATEGORIES.getOrDefault(value, value);
            }
            return name;
        }
        return CATEGORIES.getOrDefault(name, name);
    }
}
