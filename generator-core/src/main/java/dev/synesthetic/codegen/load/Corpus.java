package dev.synesthetic.codegen.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The loaded schema files, sorted by relative path, plus {@code version.json}'s {@code
 * schemaVersion} when the corpus has one.
 */
public record Corpus(Path folder, List<SchemaDocument> documents, Optional<String> schemaVersion) {
    public Corpus {
        documents = List.copyOf(documents);
    }
}
