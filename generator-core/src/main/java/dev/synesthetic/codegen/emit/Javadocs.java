package dev.synesthetic.codegen.emit;

/**
 * Makes schema text safe inside a Javadoc comment. Schema authors' text must never end the comment
 * ({@code *}{@code /}), smuggle a line break through a unicode escape (javac decodes {@code \}{@code
 * u000a} even inside comments), start a block tag, or break doclint with raw HTML. Used for every
 * generated comment: records' documentation and validators' schema locations alike.
 */
public final class Javadocs {
    private Javadocs() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\' -> out.append("&#92;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\n', '\t' -> out.append(c);
                default -> out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
            }
        }
        return out.toString().strip();
    }
}
