package dev.synesthetic.codegen.model;

import java.math.BigDecimal;

/** A JSON value written in a schema (a {@code default}), without tying the model to a JSON library. */
public sealed interface Literal {
    record Text(String value) implements Literal {}

    // JSON's name for the kind; always written qualified (Literal.Number), never imported.
    @SuppressWarnings("JavaLangClash")
    record Number(BigDecimal value) implements Literal {}

    record Bool(boolean value) implements Literal {}

    record Null() implements Literal {}

    /** An array or object: kept as its JSON text. */
    record Structured(String json) implements Literal {}
}
