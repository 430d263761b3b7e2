package dev.synesthetic.codegen.normalize;

import java.util.List;

/**
 * A JSON document as written: containers as trees, every scalar and member name as its exact source
 * text, so rewriting the layout cannot change a number's digits or a string's escapes.
 */
sealed interface RawJson {
    /** An object's members in source order; {@code name} decoded (for ordering), {@code rawName} as written. */
    record Member(String name, String rawName, RawJson value) {}

    record ObjectValue(List<Member> members) implements RawJson {}

    record ArrayValue(List<RawJson> elements) implements RawJson {}

    /** A string (with its quotes), number, {@code true}, {@code false} or {@code null}, as written. */
    record Scalar(String raw) implements RawJson {}
}
