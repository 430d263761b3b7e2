package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.compile.CompiledClasses;
import dev.synesthetic.codegen.diagnostic.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code validate} needs of a generation, compiled: the class files by binary name, and from
 * the {@link GenerationResult} the schema file → class maps and the rendered warnings. A cache
 * entry holds exactly this, so a cache hit needs neither the generator nor javac.
 */
record CompiledValidators(
        SortedMap<String, byte[]> classes,
        SortedMap<String, String> validators,
        SortedSet<String> keepsSchemaKey,
        SortedMap<String, String> rootRecords,
        List<String> warnings) {
    CompiledValidators {
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        validators = Collections.unmodifiableSortedMap(new TreeMap<>(validators));
        keepsSchemaKey = Collections.unmodifiableSortedSet(new TreeSet<>(keepsSchemaKey));
        rootRecords = Collections.unmodifiableSortedMap(new TreeMap<>(rootRecords));
        warnings = List.copyOf(warnings);
    }

    static CompiledValidators of(GenerationResult generated, Map<String, byte[]> classes) {
        return new CompiledValidators(
                new TreeMap<>(classes),
                generated.validators(),
                generated.keepsSchemaKey(),
                generated.rootRecords(),
                generated.warnings().stream().map(Diagnostic::render).toList());
    }

    /** A loader that defines these classes on first use; the CLI's own classes (Jackson) are its parent's. */
    ClassLoader loader() {
        return new CompiledClasses(classes).loader(CompiledValidators.class.getClassLoader());
    }
}
