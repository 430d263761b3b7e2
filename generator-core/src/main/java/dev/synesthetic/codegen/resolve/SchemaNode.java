package dev.synesthetic.codegen.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.net.URI;

/**
 * A schema found in the corpus: its JSON, where it is, and the base URI that relative {@code $ref}s
 * inside it resolve against.
 */
public record SchemaNode(JsonNode json, SourceLocation location, URI baseUri) {}
