package dev.synesthetic.codegen.compat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every consecutive pair of the real Synesthetic schema history (oldest first): the diff completes,
 * in its one order, the same twice, and pairs the types across the bump that moved every {@code $id}
 * under a version folder rather than reporting the corpus as removed and re-added.
 */
class HistoryApiDiffTest {
    static Stream<Arguments> pairs() throws IOException {
        List<Path> snapshots;
        try (Stream<Path> folders = Files.list(Locations.shared().resolve("synesthetic-schemas/history"))) {
            snapshots = folders.sorted().toList();
        }
        assertThat(snapshots).hasSize(18);
        return IntStream.range(1, snapshots.size())
                .mapToObj(i -> Arguments.of(
                        snapshots.get(i - 1).getFileName() + " → "
                                + snapshots.get(i).getFileName(),
                        snapshots.get(i - 1),
                        snapshots.get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void consecutiveSnapshotsDiffDeterministically(String name, Path old, Path next) throws Exception {
        GeneratorConfig before =
                GeneratorConfig.builder(old.resolve("jsonschema"), "p").build();
        GeneratorConfig after =
                GeneratorConfig.builder(next.resolve("jsonschema"), "p").build();

        List<JavaApiChange> first = new JavaApiDiff().compare(before, after);
        List<JavaApiChange> second = new JavaApiDiff().compare(before, after);

        assertThat(second).isEqualTo(first);
        assertThat(first).isSortedAccordingTo(JavaApiChange.ORDER);
        // Control is generated from every snapshot: it is never reported as gone, however the $ids moved
        assertThat(first)
                .noneMatch(c -> c.javaType().equals("Control")
                        && c.member() == null
                        && c.kind() == JavaApiChange.Kind.TYPE_REMOVED);
    }

    @Test
    void versionBumpOfEveryIdPairsEveryType() throws Exception {
        // 09 → 10 moves every $id from /0.1.0/ to /0.7.0/ and adds version.json, nothing else
        assertThat(diff("09-", "10-")).singleElement().satisfies(c -> {
            assertThat(c.javaType()).isEqualTo("SchemaVersion");
            assertThat(c.kind()).isEqualTo(JavaApiChange.Kind.TYPE_ADDED);
            assertThat(c.breaking()).isFalse();
        });
    }

    @Test
    void droppedIdPropertiesBreakTheirRecords() throws Exception {
        // 04 → 05 drops the hapticId, toneId, … properties
        List<JavaApiChange> changes = diff("04-", "05-");
        assertThat(changes)
                .filteredOn(c -> c.javaType().equals("Haptic"))
                .extracting(JavaApiChange::member, JavaApiChange::kind, JavaApiChange::breaking)
                .contains(
                        tuple("hapticId", JavaApiChange.Kind.COMPONENT_REMOVED, true),
                        tuple("<init>", JavaApiChange.Kind.CONSTRUCTOR_ARITY_CHANGED, true));
        assertThat(changes).allMatch(JavaApiChange::breaking);
    }

    private static List<JavaApiChange> diff(String oldPrefix, String newPrefix) throws Exception {
        return new JavaApiDiff().compare(snapshot(oldPrefix), snapshot(newPrefix));
    }

    private static GeneratorConfig snapshot(String prefix) throws IOException {
        try (Stream<Path> folders = Files.list(Locations.shared().resolve("synesthetic-schemas/history"))) {
            Path folder = folders.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
            return GeneratorConfig.builder(folder.resolve("jsonschema"), "p").build();
        }
    }
}
