package dev.synesthetic.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.net.URI;

/**
 * One parsed schema file.
 *
 * @param relativePath path below the corpus folder with {@code /} separators; used in every
 *     message and never an absolute path, so output does not depend on where the corpus lives
 * @param retrievalUri where the file was read from: the base for relative {@code $ref}s when the
 *     root declares no {@code $id}
 * @param root the parsed JSON
 * @param draft the file's {@code $schema}, or the configured default when it has none
 */
public record SchemaDocument(String relativePath, URI retrievalUri, JsonNode root, Draft draft) {}
