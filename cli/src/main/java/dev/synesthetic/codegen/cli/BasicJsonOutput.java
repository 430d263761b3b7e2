package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code --format json}: a JSON array with one object per document, one per line, members in this
 * order: {@code file}, {@code document} (1-based), {@code schema}, then JSON Schema 2020-12's
 * {@code basic} output unit: {@code valid} and {@code errors}, each error {@code keywordLocation} (the
 * path the evaluation took, through {@code $ref}s), {@code absoluteKeywordLocation} (the keyword's own
 * place; left out where there is none), {@code instanceLocation},
 * {@code error}, and {@code line}/{@code column} where known. Printed whole at the end.
 */
final class BasicJsonOutput implements ValidateOutput {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintWriter out;
    private final SchemaCatalog catalog;
    private final List<String> lines = new ArrayList<>();

    BasicJsonOutput(PrintWriter out, SchemaCatalog catalog) {
        this.out = out;
        this.catalog = catalog;
    }

    @Override
    public void document(DocumentReport report) {
        ObjectNode unit = NODES.objectNode();
        unit.put("file", report.file().toString());
        unit.put("document", report.number());
        unit.put("schema", report.schemaFile());
        unit.put("valid", report.valid());
        ArrayNode errors = unit.putArray("errors");
        if (report.unreadable() != null) {
            errors.add(error(
                    "",
                    null,
                    "",
                    report.unreadableMessage(),
                    report.unreadable().position()));
        }
        for (DocumentReport.Located located : report.problems()) {
            Problem problem = located.problem();
            errors.add(error(
                    problem.keywordLocation(),
                    catalog.absoluteLocation(problem.schemaLocation()),
                    problem.instanceLocation(),
                    problem.message(),
                    located.position()));
        }
        try {
            lines.add(JsonDocuments.MAPPER.writeValueAsString(unit));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always writes
        }
    }

    @Override
    public void finish() {
        out.print(lines.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", lines) + "\n]\n");
        out.flush();
    }

    private static ObjectNode error(
            String keywordLocation,
            @Nullable String absolute,
            String instanceLocation,
            String message,
            @Nullable Position position) {
        ObjectNode error = NODES.objectNode();
        error.put("keywordLocation", keywordLocation);
        if (absolute != null) {
            error.put("absoluteKeywordLocation", absolute);
        }
        error.put("instanceLocation", instanceLocation);
        error.put("error", message);
        if (position != null) {
            error.put("line", position.line());
            error.put("column", position.column());
        }
        return error;
    }
}
