package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.runtime.JsonTypes;
import dev.synesthetic.codegen.source.SourceLocation;

/** Keywords that apply to any JSON value: {@code type}, {@code const}, {@code enum}, the false schema. */
public final class ValueChecks {
    private ValueChecks() {}

    /** Type bits: the generated runtime's own numbering ({@code JsonData}, through {@link JsonTypes}). */
    public static final int NULL = JsonTypes.NULL;

    public static final int BOOLEAN = JsonTypes.BOOLEAN;
    public static final int OBJECT = JsonTypes.OBJECT;
    public static final int ARRAY = JsonTypes.ARRAY;
    public static final int NUMBER = JsonTypes.NUMBER;
    public static final int STRING = JsonTypes.STRING;
    public static final int INTEGER = JsonTypes.INTEGER;
    public static final int ALL_TYPES = NULL | BOOLEAN | OBJECT | ARRAY | NUMBER | STRING | INTEGER;

    public record Type(SourceLocation at, int mask) implements Check {}

    /** @param json the constant as JSON text, re-read by the generated code */
    public record Const(SourceLocation at, String json) implements Check {}

    /** @param json the array of allowed values as JSON text */
    // The keyword's name; always written qualified (ValueChecks.Enum), never imported.
    @SuppressWarnings("JavaLangClash")
    public record Enum(SourceLocation at, String json) implements Check {}

    /**
     * The boolean schema {@code false}: nothing is valid.
     *
     * @param heldBy the keyword whose value it is ({@code additionalProperties}, ...), or empty when
     *     not known: the message then names the unknown property
     */
    public record FalseSchema(SourceLocation at, String heldBy) implements Check {
        @Override
        public String keyword() {
            return "false";
        }
    }
}
