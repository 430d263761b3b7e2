package dev.synesthetic.codegen.model;

/** The JSON scalar kinds the model distinguishes. */
public enum ScalarKind {
    STRING,
    /** A string with {@code format: date-time} (RFC 3339). */
    DATE_TIME,
    INTEGER,
    NUMBER,
    BOOLEAN
}
