package dev.synesthetic.codegen;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The generated files (sorted by path) and every warning. Only produced when there was no error:
 * with errors, {@link Generator#generate} throws instead and no file exists.
 *
 * @param rootRecords schema file → fully qualified name of the type its root schema became: a record, the
 *     value record of a root that is an array, a map or a scalar, a union or an enum (a file of
 *     definitions only has none)
 * @param validators schema file → fully qualified name of its validator class (when generated)
 * @param keepsSchemaKey schema files whose root declares the instance's {@code "$schema"} key, so
 *     it is validated rather than set aside ({@link dev.synesthetic.codegen.validation.InstanceSchemaKey});
 *     empty without validators, its only users (they and the readers set the key aside)
 */
public record GenerationResult(
        List<GeneratedFile> files,
        List<Diagnostic> warnings,
        SortedMap<String, String> rootRecords,
        SortedMap<String, String> validators,
        SortedSet<String> keepsSchemaKey) {
    public GenerationResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        rootRecords = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(rootRecords));
        validators = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(validators));
        keepsSchemaKey = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(keepsSchemaKey));
    }

    public GenerationResult(List<GeneratedFile> files, List<Diagnostic> warnings) {
        this(files, warnings, new TreeMap<>(), new TreeMap<>(), new java.util.TreeSet<>());
    }

    /** Schema file → simple class name, qualified by {@code packageName}. */
    static SortedMap<String, String> qualified(java.util.Map<String, String> simpleNames, String packageName) {
        SortedMap<String, String> types = new TreeMap<>();
        simpleNames.forEach(
                (schema, simple) -> types.put(schema, packageName.isEmpty() ? simple : packageName + "." + simple));
        return types;
    }

    static SortedMap<String, String> typesBySchemaFile(List<GeneratedFile> files, String packageName) {
        SortedMap<String, String> types = new TreeMap<>();
        for (GeneratedFile file : files) {
            file.sourceFile().ifPresent(schema -> {
                String simple = file.relativePath()
                        .substring(file.relativePath().lastIndexOf('/') + 1)
                        .replace(".java", "");
                types.put(schema, packageName.isEmpty() ? simple : packageName + "." + simple);
            });
        }
        return types;
    }
}
