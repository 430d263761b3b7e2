package dev.synesthetic.codegen.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The drift report as one JSON object, for programs. */
final class JsonReport {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonReport() {}

  static String render(DriftReport report, String fixCommand) {
    ObjectNode root = MAPPER.createObjectNode();
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
    if (!report.isClean()) {
      root.put("fix", fixCommand);
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void lines(ArrayNode into, List<String> lines) {
    lines.forEach(into::add);
  }
}
