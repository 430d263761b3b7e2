package dev.synesthetic.codegen.emit.validator;

/** Schema text inside generated comments: nothing in it may end the comment or form a unicode escape. */
final class Comments {
    private Comments() {}

    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0x2029) {
                out.append('?');
            } else if (cp == '\\') {
                out.append("&#92;");
            } else if (cp == '@') {
                out.append("&#64;");
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replace("*/", "*&#47;");
    }
}
