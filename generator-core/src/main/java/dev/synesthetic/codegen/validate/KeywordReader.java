package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/** Reads one keyword's value into checks (none when the keyword has no effect, e.g. {@code uniqueItems: false}). */
@FunctionalInterface
interface KeywordReader {
  void read(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out);
}
