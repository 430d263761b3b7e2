package dev.synesthetic.codegen.compile;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Class files by binary name, as {@link InMemoryJavac} produced them, and a loader that defines them. */
public record CompiledClasses(SortedMap<String, byte[]> classes) {
    public CompiledClasses {
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
    }

    /**
     * A loader that defines these classes on first use, and its own copy of the runtime's package
     * ({@link OwnRuntimeLoader}). The parent supplies everything else the generated code uses (the
     * JDK, and what the class path it was compiled against held).
     */
    public ClassLoader loader(ClassLoader parent) {
        return new OwnRuntimeLoader(classes, parent);
    }
}
