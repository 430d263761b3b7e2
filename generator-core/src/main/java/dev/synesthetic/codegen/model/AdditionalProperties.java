package dev.synesthetic.codegen.model;

/** What an object schema says about keys it does not list. */
public sealed interface AdditionalProperties {
    /** {@code additionalProperties: false}: unknown keys are rejected. */
    record Forbidden() implements AdditionalProperties {}

    /** {@code true} or absent: unknown keys are allowed and kept. */
    record Allowed() implements AdditionalProperties {}

    /** A schema: unknown keys are allowed and their values have this type. */
    record Typed(TypeRef valueType) implements AdditionalProperties {}
}
