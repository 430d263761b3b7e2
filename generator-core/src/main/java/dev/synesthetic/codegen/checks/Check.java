package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;

/**
 * One keyword (or keyword family) of one schema, read once into typed values: what a generated
 * validator must check. Subschemas are named by their {@link SourceLocation}; the emitter decides
 * the Java names.
 */
public interface Check {
    /** The keyword's own location, e.g. {@code a.json#/properties/x/minLength}. */
    SourceLocation at();

    /** The keyword, the last token of {@link #at()}. */
    default String keyword() {
        return at().pointer().last();
    }
}
