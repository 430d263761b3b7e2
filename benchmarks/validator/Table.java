import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** JMH JSON results → the README table: ops/s (one op = the 15 examples) ± 99.9% error, and the ratios the goals name. */
public class Table {
  public static void main(String[] args) throws Exception {
    Map<String, double[]> score = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String name = run.get("benchmark").asText().replaceFirst(".*\\.", "");
      JsonNode metric = run.get("primaryMetric");
      score.put(name, new double[] {metric.get("score").asDouble(), metric.get("scoreError").asDouble()});
    }
    String[][] rows = {
      {"jacksonBytesToTokens", "Jackson 2 bare token stream over the bytes"},
      {"jackson2BytesToTree", "Jackson 2 bytes → `JsonNode` (floor for our reader)"},
      {"jackson3BytesToTree", "Jackson 3 bytes → `JsonNode` (the tree networknt takes)"},
      {"generatedValidatorPreParsed", "**ours**: generated validator, pre-parsed plain values"},
      {"networkntPreParsed", "networknt 3.0.9, pre-parsed Jackson 3 `JsonNode`"},
      {"networkntFromBytes", "networknt 3.0.9 from text (its parse + validate)"},
      {"readerBytesToValidatedRecord", "**ours**: `XReader.read(bytes)` → validated record"},
      {"jacksonBytesToRecordUnvalidated", "Jackson 2 bytes → record, no validation"},
      {"generatedBindingPreParsed", "generated `fromJsonValue` binding, pre-parsed plain values"},
      {"writerRecordToBytes", "**ours**: `XReader.writeBytes(record)` (`toJsonValue()` + the mapper's generator)"},
      {"databindRecordToBytes", "Jackson 2 databind `writeValueAsBytes(record)`"},
      {"toJsonValueOnly", "generated `toJsonValue()` alone (plain values, no text)"},
    };
    System.out.println("| benchmark (one op = the 15 examples) | ops/s | ± (99.9%) | vs Jackson 2 tree |");
    System.out.println("|---|---:|---:|---:|");
    double floor = score.get("jackson2BytesToTree")[0];
    for (String[] row : rows) {
      double[] s = score.get(row[0]);
      if (s != null) {
        System.out.printf("| %s | %,.0f | %,.0f | %.2f× |%n", row[1], s[0], s[1], s[0] / floor);
      }
    }
    double ours = score.get("generatedValidatorPreParsed")[0];
    double theirs = score.get("networkntPreParsed")[0];
    double tree3 = score.get("jackson3BytesToTree")[0];
    double reader = score.get("readerBytesToValidatedRecord")[0];
    System.out.printf("%nours / networknt on pre-parsed input: %.1f× (goal ≥ 5×)%n", ours / theirs);
    System.out.printf("networknt pre-parsed / Jackson 3 tree parse: %.2f× (reference 0.57×)%n", theirs / tree3);
    System.out.printf("networknt from text / Jackson 2 token stream: %.2f× (reference 0.22×)%n",
        score.get("networkntFromBytes")[0] / score.get("jacksonBytesToTokens")[0]);
    System.out.printf("bytes → validated record costs %.2f× bytes → JsonNode (goal ≤ 1.5×)%n", floor / reader);
    double[] writer = score.get("writerRecordToBytes");
    double[] databind = score.get("databindRecordToBytes");
    if (writer != null && databind != null) {
      System.out.printf("generated writer / databind writing the same records: %.2f× (goal ≥ 1×)%n", writer[0] / databind[0]);
    }
  }
}
