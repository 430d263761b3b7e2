package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names the classes generated per schema file beside its types ({@code tone.schema.json} →
 * {@code ToneValidator}, {@code ToneReader}; two files with one base name are both named from their
 * whole path) and checks, before anything is emitted, that no two top-level classes of the package
 * share a name: types, validators, readers and the runtime classes. A clash is a NAME_COLLISION at
 * the later schema's location that names the other claimant.
 */
public final class CompanionNamer {
    private CompanionNamer() {}

    /**
     * @param validated the root of every schema file that gets a validator, in location order
     * @param read the files among them that also get a reader
     * @param types every generated record, enum and union by declaration ({@link JavaNames#types()})
     * @param runtime the runtime classes the run emits ({@link RuntimeClasses#emitted})
     */
    public static CompanionNames name(
            List<SourceLocation> validated,
            Set<String> read,
            Map<SourceLocation, String> types,
            List<String> runtime,
            Diagnostics diagnostics) {
        ClassNameClaims claims = new ClassNameClaims(diagnostics);
        runtime.forEach(claims::runtime);
        new TreeMap<>(types).forEach((location, name) -> claims.type(name, location));
        Map<String, Integer> baseCounts = new HashMap<>();
        validated.forEach(root -> baseCounts.merge(baseName(root.file()), 1, Integer::sum));
        SortedMap<String, String> validators = new TreeMap<>();
        SortedMap<String, String> readers = new TreeMap<>();
        for (SourceLocation root : validated) {
            String file = root.file();
            String words = baseCounts.get(baseName(file)) == 1 ? baseName(file) : TypeNamer.pathWithoutExtension(file);
            String stem = Identifiers.pascal(words);
            validators.put(file, stem + "Validator");
            claims.claim(stem + "Validator", "the validator of", root);
            if (read.contains(file)) {
                readers.put(file, stem + "Reader");
                claims.claim(stem + "Reader", "the reader of", root);
            }
        }
        return new CompanionNames(validators, readers);
    }

    private static String baseName(String file) {
        return TypeNamer.stripExtension(file);
    }
}
