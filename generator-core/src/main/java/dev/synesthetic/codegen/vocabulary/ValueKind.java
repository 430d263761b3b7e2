package dev.synesthetic.codegen.vocabulary;

/** What a keyword's value is, as the specification defines it: decides how it is read and scanned. */
public enum ValueKind {
    /** A schema (object or boolean). */
    SCHEMA,
    /** A non-empty array of schemas. */
    SCHEMA_ARRAY,
    /** An object mapping names (not keywords) to schemas. */
    SCHEMA_MAP,
    /** {@code items}: a schema, or before 2020-12 also an array of schemas. */
    SCHEMA_OR_ARRAY,
    /** A non-negative integer. */
    COUNT,
    /** Any number. */
    NUMBER,
    /** A number; in draft-04 a boolean that makes the neighbouring bound exclusive. */
    BOUND,
    BOOLEAN,
    STRING,
    /** A URI or URI reference. */
    URI,
    /** An array of strings. */
    STRING_ARRAY,
    /** A type name or an array of them. */
    TYPE,
    /** An object of some other shape ({@code $vocabulary}, {@code dependentRequired}). */
    OBJECT,
    /** Any JSON value, data rather than schema: never scanned for {@code $id}. */
    DATA
}
