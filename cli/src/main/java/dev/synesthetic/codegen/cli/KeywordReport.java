package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.vocabulary.KeywordCoverage;

/**
 * {@code generate --list-keywords}: the corpus's keyword coverage as JSON, {@code {"keywords": [{"keyword":
 * "pattern", "in": "validator", "count": 3}, ...]}}, one entry per keyword and place, by keyword (docs/cli.md).
 */
final class KeywordReport {
    private KeywordReport() {}

    static String json(KeywordCoverage coverage) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        ArrayNode keywords = report.putArray("keywords");
        for (KeywordCoverage.Use use : coverage.uses()) {
            keywords.addObject()
                    .put("keyword", use.keyword())
                    .put("in", use.where().jsonName())
                    .put("count", use.count());
        }
        return JsonTrees.writePretty(report) + "\n";
    }
}
