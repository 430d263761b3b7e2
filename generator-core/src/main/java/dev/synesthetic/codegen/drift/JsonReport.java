package dev.synesthetic.codegen.drift;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.support.JsonTrees;
import java.util.List;

/** The drift report as one JSON object, for programs. */
final class JsonReport {
    private JsonReport() {}

    static String render(DriftReport report, String fixCommand, String compatCommand) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("clean", report.isClean());
        root.put("output", report.outputFolder());
        root.put("comparedFiles", report.comparedFiles());
        ArrayNode changed = root.putArray("changed");
        for (Drift.Changed drift : report.changed()) {
            ObjectNode entry = changed.addObject();
            entry.put("path", drift.path());
            entry.put("kind", drift.kind().name());
            entry.put("cause", drift.cause().reason().name());
            entry.put("detail", drift.cause().detail());
            lines(entry.putArray("diff"), drift.diff());
        }
        ArrayNode missing = root.putArray("missing");
        report.missing().forEach(drift -> missing.add(drift.path()));
        ArrayNode orphans = root.putArray("orphans");
        report.orphans().forEach(drift -> orphans.add(drift.path()));
        ArrayNode inTheWay = root.putArray("inTheWay");
        report.inTheWay()
                .forEach(drift -> inTheWay.addObject().put("path", drift.path()).put("reason", drift.reason()));
        if (!report.isClean()) {
            // "fix" is only a command that works as it stands; with files in the way, "advice" says what first
            if (report.inTheWay().isEmpty()) {
                root.put("fix", fixCommand);
            }
            root.put("advice", report.fixAdvice(fixCommand));
            if (report.compatAdvice(compatCommand).isPresent()) {
                root.put("compat", compatCommand); // what a schema change breaks, as a command to run
            }
        }
        return JsonTrees.writePretty(root) + "\n";
    }

    private static void lines(ArrayNode into, List<String> lines) {
        lines.forEach(into::add);
    }
}
