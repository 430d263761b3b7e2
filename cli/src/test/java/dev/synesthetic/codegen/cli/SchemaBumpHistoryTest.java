package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 18 real schema bumps, oldest first: code generated for one snapshot, checked against the
 * next, drifts in exactly the files whose generated output differs; regenerating makes it clean.
 */
class SchemaBumpHistoryTest {
    @TempDir
    Path temp;

    record Bump(Path older, Path newer) {
        @Override
        public String toString() {
            return older.getParent().getFileName() + " -> " + newer.getParent().getFileName();
        }
    }

    static Stream<Bump> bumps() throws IOException {
        List<Path> snapshots;
        try (Stream<Path> folders = Files.list(CliRun.shared().resolve("synesthetic-schemas/history"))) {
            snapshots = folders.sorted().map(f -> f.resolve("jsonschema")).toList();
        }
        assertThat(snapshots).hasSize(18);
        return IntStream.range(1, snapshots.size()).mapToObj(i -> new Bump(snapshots.get(i - 1), snapshots.get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bumps")
    void driftIsExactlyTheFilesThatChange(Bump bump) throws Exception {
        Path output = temp.resolve("out");
        assertThat(run("generate", bump.older(), output).exitCode()).isZero();

        CliRun check = run("ensure-clean", bump.newer(), output, "--format", "json");
        JsonNode report = new ObjectMapper().readTree(check.out());
        Set<String> reported = new TreeSet<>();
        report.get("changed").forEach(c -> reported.add(c.get("path").asText()));
        report.get("missing").forEach(m -> reported.add(m.asText()));
        report.get("orphans").forEach(o -> reported.add(o.asText()));

        Set<String> differing = differingFiles(bump);
        assertThat(reported).isEqualTo(differing);
        assertThat(check.exitCode()).isEqualTo(differing.isEmpty() ? 0 : 1);

        assertThat(run("generate", bump.newer(), output).exitCode()).isZero();
        assertThat(run("ensure-clean", bump.newer(), output).exitCode()).isZero();
    }

    private static CliRun run(String command, Path schemas, Path output, String... extra) {
        List<String> args = new ArrayList<>(
                List.of(command, "--schemas", schemas.toString(), "--output", output.toString(), "--package", "p"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Computed independently of the drift checker: generate both in memory and compare by path. */
    private static Set<String> differingFiles(Bump bump) throws Exception {
        Map<String, String> before = files(bump.older());
        Map<String, String> after = files(bump.newer());
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        return all.stream()
                .filter(path -> !java.util.Objects.equals(before.get(path), after.get(path)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> files(Path schemas) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile file : new Generator()
                .generate(GeneratorConfig.builder(schemas, "p").build())
                .files()) {
            files.put(file.relativePath(), file.content());
        }
        return files;
    }
}
