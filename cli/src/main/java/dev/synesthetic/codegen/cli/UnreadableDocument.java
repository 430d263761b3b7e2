package dev.synesthetic.codegen.cli;

import org.jspecify.annotations.Nullable;

/**
 * An instance file that is not a document of its format (syntax, a duplicate key, a YAML key that
 * is not a string, a tag outside YAML 1.2's core schema, infinity or NaN, aliases past the bound):
 * reported as an invalid instance, with the position
 * where the parser gives one.
 */
final class UnreadableDocument extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable Position position;

    UnreadableDocument(String reason, @Nullable Position position) {
        super(reason, null, false, false);
        this.position = position;
    }

    @Nullable
    Position position() {
        return position;
    }

    /** The reason with its position in front, e.g. {@code line 3, column 3: the key 8080 is not a string}. */
    String describe() {
        return position == null ? getMessage() : position + ": " + getMessage();
    }
}
