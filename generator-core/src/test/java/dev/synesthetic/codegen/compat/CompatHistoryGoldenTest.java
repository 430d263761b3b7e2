package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * compat's document report for every real schema bump: each consecutive pair of
 * {@code ../shared/synesthetic-schemas/history/} (oldest first) and the last snapshot against the
 * live {@code jsonschema/}, compared with the committed text in {@code golden/compat-history/}
 * (re-bless with {@code -Dgolden.update=true} and review the diff). Every breaking verdict carries a
 * counterexample, and every counterexample separates the two versions under both sides' generated
 * validators and under networknt, the reference validator.
 */
class CompatHistoryGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Locations.golden().resolve("compat-history");
    private static final Path SCHEMAS = Locations.shared().resolve("synesthetic-schemas");
    /** Each snapshot is compiled once and serves as the new side of one pair and the old side of the next. */
    private static final Map<Path, CompiledCorpus> COMPILED = new HashMap<>();

    record Bump(String name, Path older, Path newer) {
        @Override
        public String toString() {
            return name;
        }

        String command() {
            return "compat --old "
                    + SCHEMAS.getParent().relativize(older).toString().replace('\\', '/') + " --new "
                    + SCHEMAS.getParent().relativize(newer).toString().replace('\\', '/');
        }
    }

    static List<Bump> bumps() throws IOException {
        List<Path> snapshots = new ArrayList<>();
        try (Stream<Path> folders = Files.list(SCHEMAS.resolve("history"))) {
            folders.sorted().forEach(f -> snapshots.add(f.resolve("jsonschema")));
        }
        assertThat(snapshots).hasSize(18);
        snapshots.add(SCHEMAS.resolve("jsonschema"));
        return IntStream.range(1, snapshots.size())
                .mapToObj(i -> new Bump(
                        label(snapshots.get(i - 1)) + "-to-" + label(snapshots.get(i)),
                        snapshots.get(i - 1),
                        snapshots.get(i)))
                .toList();
    }

    /** {@code 07} for history/07-…, {@code live} for the corpus itself. */
    private static String label(Path snapshot) {
        String folder = snapshot.getParent().getFileName().toString();
        return folder.equals("synesthetic-schemas") ? "live" : folder.substring(0, 2);
    }

    private static synchronized CompiledCorpus compiled(Path folder) throws Exception {
        CompiledCorpus corpus = COMPILED.get(folder);
        if (corpus == null) {
            corpus = CompiledCorpus.of(folder);
            COMPILED.put(folder, corpus);
        }
        return corpus;
    }

    @AfterAll
    static void release() {
        COMPILED.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bumps")
    void reportMatchesGoldenAndEveryCounterexampleSeparatesTheVersions(Bump bump) throws Exception {
        CompiledCorpus old = compiled(bump.older());
        CompiledCorpus neu = compiled(bump.newer());
        CompatReport report = CompatChecker.compare(old.config(), neu.config(), CompiledCorpus.pair(old, neu));

        String text = "# " + bump.command() + "\n" + CompatFormat.TEXT.render(report, "jsonschema");
        Path golden = GOLDEN.resolve(bump.name() + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(golden))
                .as("%s is missing; bless with -Dgolden.update=true", golden)
                .isTrue();
        assertThat(text)
                .as(
                        "golden/compat-history/%s is stale; if intended, re-bless with -Dgolden.update=true and"
                                + " review the diff",
                        golden.getFileName())
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

        ReferenceJudge oldReference = new ReferenceJudge(bump.older());
        ReferenceJudge newReference = new ReferenceJudge(bump.newer());
        for (SchemaChange change : report.changes()) {
            for (Category direction : List.of(Category.BACKWARD, Category.FORWARD)) {
                Outcome outcome = change.outcome(direction);
                String what = direction.label() + " of " + change;
                Counterexample.Status status =
                        outcome.counterexample().map(Counterexample::status).orElse(null);
                switch (outcome.verdict()) {
                    case BREAKS ->
                        assertThat(status)
                                .as(what)
                                .isIn(Counterexample.Status.PROVEN, Counterexample.Status.NOT_APPLICABLE);
                    case UNDECIDED -> assertThat(status).as(what).isEqualTo(Counterexample.Status.CANNOT_DECIDE);
                    case SAFE -> assertThat(status).as(what).isNull();
                }
                if (status == Counterexample.Status.PROVEN) {
                    JsonNode document =
                            outcome.counterexample().get().document().orElseThrow();
                    boolean backward = direction == Category.BACKWARD;
                    assertThat(old.valid(change.oldSchema(), document))
                            .as("generated old on " + what)
                            .isEqualTo(backward);
                    assertThat(neu.valid(change.schema(), document))
                            .as("generated new on " + what)
                            .isEqualTo(!backward);
                    assertThat(oldReference.valid(change.oldSchema(), document))
                            .as("networknt old on " + what)
                            .isEqualTo(backward);
                    assertThat(newReference.valid(change.schema(), document))
                            .as("networknt new on " + what)
                            .isEqualTo(!backward);
                } else if (status == Counterexample.Status.NOT_APPLICABLE) {
                    assertThat(change.kind()).as(what).isIn(ChangeKind.SCHEMA_ADDED, ChangeKind.SCHEMA_REMOVED);
                }
            }
        }
    }

    @Test
    void noReportIsLeftWithoutItsPair() throws IOException {
        Set<String> expected = new TreeSet<>();
        bumps().forEach(b -> expected.add(b.name() + ".txt"));
        Set<String> committed = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.forEach(f -> committed.add(f.getFileName().toString()));
        }
        assertThat(committed).isEqualTo(expected);
    }
}
