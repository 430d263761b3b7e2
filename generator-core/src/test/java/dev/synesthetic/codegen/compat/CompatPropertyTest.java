package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.support.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: compat never calls a change compatible that a document contradicts. Random small schema
 * pairs (one file per pair, all pairs in one corpus per side, so each side compiles once) and random
 * documents for each; whenever a document is valid under the old schema and invalid under the new
 * (judged by both sides' generated validators), the report must flag backward breakage for that file
 * (breaks or undecided, never safe), and likewise forward. Seeded: {@code -Dcompat.seed=N} replays a
 * run, {@code -Dcompat.pairs=N} sizes it; a failure prints its seed.
 */
class CompatPropertyTest {
    private static final long SEED = Long.getLong("compat.seed", 1L);
    private static final int PAIRS = Integer.getInteger("compat.pairs", 240);
    private static final int DOCUMENTS = 240;

    @TempDir
    Path old;

    @TempDir
    Path neu;

    @Test
    void noCompatibleVerdictIsContradictedByADocument() throws Exception {
        Random random = new Random(SEED);
        RandomSchemas schemas = new RandomSchemas(random);
        List<JsonNode> olds = new ArrayList<>();
        List<JsonNode> news = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            JsonNode before = schemas.schema(0);
            JsonNode after = schemas.bump(before.deepCopy());
            olds.add(before);
            news.add(after);
            Files.writeString(old.resolve(file(i)), text(before));
            Files.writeString(neu.resolve(file(i)), text(after));
        }
        CompiledCorpus oldSide = CompiledCorpus.of(old);
        CompiledCorpus newSide = CompiledCorpus.of(neu);
        CompatReport report =
                CompatChecker.compare(oldSide.config(), newSide.config(), CompiledCorpus.pair(oldSide, newSide));

        List<String> contradictions = new ArrayList<>();
        int separating = 0;
        for (int i = 0; i < PAIRS; i++) {
            String file = file(i);
            boolean backwardFlagged = flagged(report, file, Category.BACKWARD);
            boolean forwardFlagged = flagged(report, file, Category.FORWARD);
            for (int d = 0; d < DOCUMENTS; d++) {
                JsonNode document = d % 3 == 0
                        ? schemas.document(olds.get(i), 0)
                        : d % 3 == 1 ? schemas.document(news.get(i), 0) : schemas.document(JsonTrees.parse("{}"), 0);
                boolean underOld = oldSide.valid(file, document);
                boolean underNew = newSide.valid(file, document);
                if (underOld != underNew) {
                    separating++;
                }
                if (underOld && !underNew && !backwardFlagged) {
                    contradictions.add(contradiction("backward", file, olds.get(i), news.get(i), document, report));
                    break;
                }
                if (underNew && !underOld && !forwardFlagged) {
                    contradictions.add(contradiction("forward", file, olds.get(i), news.get(i), document, report));
                    break;
                }
            }
        }
        assertThat(separating)
                .as("seed %d: the documents must separate some pairs", SEED)
                .isGreaterThan(PAIRS / 4);
        assertThat(contradictions)
                .as(
                        "seed %d (replay with -Dcompat.seed=%d): %d pair(s) where compat claimed safety a document"
                                + " contradicts",
                        SEED, SEED, contradictions.size())
                .isEmpty();
    }

    private static boolean flagged(CompatReport report, String file, Category direction) {
        return report.changes().stream()
                .anyMatch(c -> c.schema().equals(file) && c.outcome(direction).failing());
    }

    private static String contradiction(
            String direction, String file, JsonNode before, JsonNode after, JsonNode document, CompatReport report) {
        StringBuilder out = new StringBuilder("\n" + direction + " " + file + ": old " + before + "\n  new " + after
                + "\n  document " + document
                + (direction.equals("backward") ? " (old: valid, new: invalid)" : " (old: invalid, new: valid)")
                + "\n  report:");
        report.changes().stream()
                .filter(c -> c.schema().equals(file))
                .forEach(c -> out.append("\n    ")
                        .append(c.kind().label())
                        .append(" ")
                        .append(c.message())
                        .append(" at ")
                        .append(c.where())
                        .append(" backward ")
                        .append(c.backward().verdict().label())
                        .append(" forward ")
                        .append(c.forward().verdict().label()));
        return out.toString();
    }

    private static String file(int index) {
        return String.format(java.util.Locale.ROOT, "p%03d.schema.json", index);
    }

    private static String text(JsonNode schema) {
        if (!schema.isObject()) {
            // a boolean root: wrapped so the file still names its draft
            ObjectNode wrapped = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            wrapped.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapped.putArray("allOf").add(schema);
            return wrapped.toString();
        }
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.setAll((ObjectNode) schema);
        return out.toString();
    }
}
