package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.support.JsonTrees;

/** The machine-readable report: {@code {"breaking": {...}, "changes": [...]}}. */
final class CompatJson {
    private CompatJson() {}

    static String render(CompatReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode breaking = root.putObject("breaking");
        for (Category category : report.judged()) {
            breaking.put(category.label(), report.failing(category));
        }
        var changes = root.putArray("changes");
        for (SchemaChange change : report.changes()) {
            ObjectNode c = changes.addObject();
            c.put("schema", change.schema());
            c.put("oldSchema", change.oldSchema());
            c.put("kind", change.kind().label());
            c.put("message", change.message());
            change.oldLocation().map(SourceLocation::toString).ifPresent(l -> c.put("oldLocation", l));
            change.newLocation().map(SourceLocation::toString).ifPresent(l -> c.put("newLocation", l));
            c.put("instancePath", change.instancePath());
            outcome(c.putObject("backward"), change.backward());
            outcome(c.putObject("forward"), change.forward());
        }
        if (!report.javaCompared()) {
            return JsonTrees.writePretty(root) + "\n"; // no "java": nothing was claimed about the API
        }
        var java = root.putArray("java");
        for (var change : report.javaChanges()) {
            ObjectNode c = java.addObject();
            c.put("javaType", change.javaType());
            if (change.member() != null) {
                c.put("member", change.member());
            }
            c.put("kind", JavaChanges.kind(change));
            c.put("breaking", change.breaking());
            c.put("message", change.message());
            if (change.oldLocation() != null) {
                c.put("oldLocation", change.oldLocation().toString());
            }
            if (change.newLocation() != null) {
                c.put("newLocation", change.newLocation().toString());
            }
        }
        return JsonTrees.writePretty(root) + "\n";
    }

    private static void outcome(ObjectNode out, Outcome outcome) {
        out.put("verdict", outcome.verdict().label());
        outcome.counterexample().ifPresent(c -> {
            ObjectNode example = out.putObject("counterexample");
            example.put("status", c.status().label());
            c.document().ifPresent(d -> example.set("document", d));
            if (!c.reason().isEmpty()) {
                example.put("reason", c.reason());
            }
        });
    }
}
