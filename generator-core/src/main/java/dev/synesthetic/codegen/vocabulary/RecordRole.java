package dev.synesthetic.codegen.vocabulary;

/** What the record analysis does with a keyword its draft defines. */
public enum RecordRole {
    /** Shapes the Java type (object, array, union, enum, scalar, reference, definitions). */
    SHAPE,
    /** A validation constraint kept in the model's constraints (documented on the type, enforced by generated validators). */
    ASSERTION,
    /**
     * Asserted only by the generated validator, with no effect on the type and not kept in the model:
     * so, unlike an {@link #ASSERTION}, it may sit beside any keyword ({@code not}, {@code dependencies},
     * {@code propertyNames}, {@code contains}, {@code unevaluated*}, ...).
     */
    VALIDATOR,
    /** Documentation or metadata: no effect on types. */
    ANNOTATION,
    /** Defined by the draft but not expressible as records yet: an error naming the keyword. */
    UNSUPPORTED;

    /** Whether the keyword shapes or constrains a value, so it cannot be dropped beside another. */
    public boolean shapesValue() {
        return this == SHAPE || this == ASSERTION;
    }
}
