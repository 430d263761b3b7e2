package dev.synesthetic.codegen.normalize;

/** A file that is not one JSON document (or not UTF-8): the message says why and where (line, column). */
public final class NotJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    NotJsonException(String message) {
        super(message);
    }
}
