package dev.synesthetic.codegen.source;

import java.util.Comparator;

/**
 * Where something comes from: a schema file (path relative to the corpus folder, always with
 * {@code /}) and a JSON Pointer inside it. Printed as {@code control.schema.json#/properties/max}.
 */
public record SourceLocation(String file, JsonPointer pointer) implements Comparable<SourceLocation> {
    private static final Comparator<SourceLocation> ORDER =
            Comparator.comparing(SourceLocation::file).thenComparing(SourceLocation::pointer);

    public static SourceLocation root(String file) {
        return new SourceLocation(file, JsonPointer.ROOT);
    }

    public SourceLocation child(String token) {
        return new SourceLocation(file, pointer.append(token));
    }

    public SourceLocation child(int index) {
        return new SourceLocation(file, pointer.append(index));
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + "#" + pointer;
    }
}
