package dev.synesthetic.codegen.source;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer as a list of unescaped reference tokens. Immutable; {@link #toString()}
 * gives the escaped form ({@code ~0} for {@code ~}, {@code ~1} for {@code /}).
 */
public record JsonPointer(List<String> tokens) implements Comparable<JsonPointer> {
    public static final JsonPointer ROOT = new JsonPointer(List.of());

    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /** Parses the escaped form, e.g. {@code /$defs/a~1b}. */
    public static JsonPointer parse(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(raw));
        }
        return new JsonPointer(tokens);
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                out.append(c);
            } else if (i + 1 < raw.length() && (raw.charAt(i + 1) == '0' || raw.charAt(i + 1) == '1')) {
                out.append(raw.charAt(++i) == '0' ? '~' : '/');
            } else {
                throw new IllegalArgumentException("'~' must be followed by 0 or 1 in JSON Pointer: " + raw);
            }
        }
        return out.toString();
    }

    public JsonPointer append(String token) {
        List<String> next = new ArrayList<>(tokens);
        next.add(token);
        return new JsonPointer(next);
    }

    public JsonPointer append(int index) {
        return append(Integer.toString(index));
    }

    public boolean isRoot() {
        return tokens.isEmpty();
    }

    /** The last token, or the empty string for the root. */
    public String last() {
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    @Override
    public int compareTo(JsonPointer other) {
        int common = Math.min(tokens.size(), other.tokens.size());
        for (int i = 0; i < common; i++) {
            int c = tokens.get(i).compareTo(other.tokens.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(tokens.size(), other.tokens.size());
    }
}
