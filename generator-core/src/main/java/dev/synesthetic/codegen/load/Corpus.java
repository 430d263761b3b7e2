package dev.synesthetic.codegen.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The loaded schema files, sorted by relative path, plus {@code version.json}'s {@code
 * schemaVersion} when the corpus has one.
 *
 * @param library the files of {@code $id}-mapped folders outside the schema folder (the official
 *     meta-schemas, say): {@code $ref}s may reach them, but they are no roots; only what is reached gets
 *     code
 */
public record Corpus(
        Path folder, List<SchemaDocument> documents, Optional<String> schemaVersion, List<SchemaDocument> library) {
    public Corpus {
        documents = List.copyOf(documents);
        library = List.copyOf(library);
    }

    public Corpus(Path folder, List<SchemaDocument> documents, Optional<String> schemaVersion) {
        this(folder, documents, schemaVersion, List.of());
    }

    /** The corpus's files, then the library's. */
    public List<SchemaDocument> allDocuments() {
        return java.util.stream.Stream.concat(documents.stream(), library.stream())
                .toList();
    }
}
