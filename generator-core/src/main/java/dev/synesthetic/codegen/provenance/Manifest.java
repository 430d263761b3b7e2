package dev.synesthetic.codegen.provenance;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generation was made from and what it produced: written beside the generated sources so
 * a later drift check can say why a file differs (edited by hand, schema changed, schema version
 * bumped, generator upgraded).
 *
 * @param generatorVersion the generator that wrote the files
 * @param schemaVersion {@code version.json}'s {@code schemaVersion}, when the corpus has one
 * @param packageName the Java package generated into
 * @param schemas digest of each schema file (canonical JSON, so reformatting is not a change)
 * @param files each generated file's content digest and the schema file that declares it
 */
public record Manifest(
        String generatorVersion,
        Optional<String> schemaVersion,
        String packageName,
        SortedMap<String, String> schemas,
        SortedMap<String, FileEntry> files) {

    /** The file name, inside the generated package folder. */
    public static final String FILE_NAME = "codegen-manifest.json";

    public Manifest {
        schemas = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(schemas));
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * @param sha256 digest of the file's bytes as generated
     * @param source the schema file declaring the type, if the file comes from one schema
     */
    public record FileEntry(String sha256, Optional<String> source) {}

    public static Manifest of(
            String generatorVersion,
            Optional<String> schemaVersion,
            String packageName,
            Map<String, String> schemas,
            Map<String, FileEntry> files) {
        return new Manifest(generatorVersion, schemaVersion, packageName, new TreeMap<>(schemas), new TreeMap<>(files));
    }

    /** The path of the manifest for a package, relative to the output folder. */
    public static String pathFor(String packageName) {
        return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + FILE_NAME;
    }
}
