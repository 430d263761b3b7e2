package dev.synesthetic.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** A schema file read and parsed, before its draft is known (that may take another file: its meta-schema). */
record ParsedFile(String relativePath, URI retrievalUri, JsonNode root) {}
