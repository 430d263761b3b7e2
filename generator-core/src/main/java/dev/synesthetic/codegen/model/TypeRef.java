package dev.synesthetic.codegen.model;

import dev.synesthetic.codegen.source.SourceLocation;

/**
 * A use of a type: what a property, list element, map value or union variant holds. Declared types
 * ({@link TypeDecl}) are referred to by {@link Named}, so one schema is one type however many paths
 * reach it.
 */
public sealed interface TypeRef {
    SourceLocation location();

    /** A JSON scalar. {@code DATE_TIME} is a string with {@code format: date-time}. */
    record Scalar(ScalarKind kind, Constraints constraints, SourceLocation location) implements TypeRef {}

    /** A JSON array whose items all have one type. */
    record ListOf(TypeRef element, Constraints constraints, SourceLocation location) implements TypeRef {}

    /** A JSON object with no fixed properties whose values all have one type. */
    record MapOf(TypeRef value, Constraints constraints, SourceLocation location) implements TypeRef {}

    /** A declared type: a record, an enum or a union. */
    record Named(SourceLocation declaration, SourceLocation location) implements TypeRef {}

    /** A free-form value: any JSON value, or ({@code objectOnly}) any JSON object. */
    record Any(boolean objectOnly, SourceLocation location) implements TypeRef {}

    /** {@code inner} or JSON {@code null}. Never nested. */
    record Nullable(TypeRef inner, SourceLocation location) implements TypeRef {}

    /** The same type with any {@link Nullable} wrapper removed. */
    default TypeRef nonNull() {
        return this instanceof Nullable n ? n.inner() : this;
    }

    default boolean isNullable() {
        return this instanceof Nullable;
    }
}
