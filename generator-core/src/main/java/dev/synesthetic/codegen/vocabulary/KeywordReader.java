package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/**
 * A keyword's validator reader: reads its value into checks (none when the keyword has no effect,
 * e.g. {@code uniqueItems: false}). {@code at} is the keyword's location.
 */
@FunctionalInterface
public interface KeywordReader {
    void read(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out);
}
