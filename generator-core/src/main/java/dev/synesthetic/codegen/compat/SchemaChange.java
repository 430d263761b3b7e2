package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Optional;

/**
 * One change between the two corpora, seen from the documents of one schema file.
 *
 * @param schema the schema file (new side; the old one's for a removed file) whose documents the change affects
 * @param oldSchema the old schema file paired with it (the same name for an added or removed file)
 * @param oldLocation where the changed keyword's schema is in the old corpus, when it exists there
 * @param newLocation where it is in the new corpus, when it exists there
 * @param instancePath the JSON Pointer, in a document of {@code schema}, of the value the change applies to
 * @param message what changed, in words
 */
public record SchemaChange(
        String schema,
        String oldSchema,
        Optional<SourceLocation> oldLocation,
        Optional<SourceLocation> newLocation,
        String instancePath,
        ChangeKind kind,
        String message,
        Outcome backward,
        Outcome forward) {
    public Outcome outcome(Category category) {
        return switch (category) {
            case BACKWARD -> backward;
            case FORWARD -> forward;
            case JAVA -> Outcome.SAFE;
        };
    }

    /** The location to point users at: the new schema's, else the old one's. */
    public String where() {
        return newLocation.or(() -> oldLocation).map(SourceLocation::toString).orElse(schema);
    }
}
