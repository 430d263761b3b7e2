package dev.synesthetic.codegen.model;

import dev.synesthetic.codegen.source.SourceLocation;

/**
 * What a declared type should be called, in words; the naming stage turns it into a Java name.
 */
public sealed interface NameHint {
    /** A file's root schema: named from its {@code title}, else from the file name. */
    record Root(String title, String fileName) implements NameHint {}

    /** A {@code $defs} (or {@code definitions}) entry: named by its key. */
    record Definition(String key) implements NameHint {}

    /**
     * An inline schema: the owner's name followed by {@code part} (the property name, {@code Item}
     * for array items, {@code Value} for map values).
     */
    record Derived(SourceLocation owner, String part) implements NameHint {}
}
