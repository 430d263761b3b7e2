package dev.synesthetic.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Vocabulary;
import java.net.URI;
import java.util.Set;

/**
 * One parsed schema file.
 *
 * @param relativePath path below the corpus folder with {@code /} separators; used in every
 *     message and never an absolute path, so output does not depend on where the corpus lives
 * @param retrievalUri where the file was read from: the base for relative {@code $ref}s when the
 *     root declares no {@code $id}
 * @param root the parsed JSON
 * @param draft the file's {@code $schema} (a custom meta-schema's own), or the configured default when it has none
 * @param vocabularies the vocabularies on for its schemas: the draft's standard ones, or those of its
 *     custom meta-schema's {@code $vocabulary}
 */
public record SchemaDocument(
        String relativePath, URI retrievalUri, JsonNode root, Draft draft, Set<Vocabulary> vocabularies) {
    public SchemaDocument {
        vocabularies = Set.copyOf(vocabularies);
    }

    /** A file of a standard draft: its standard vocabularies. */
    public SchemaDocument(String relativePath, URI retrievalUri, JsonNode root, Draft draft) {
        this(relativePath, retrievalUri, root, draft, Vocabulary.defaults(draft));
    }
}
