package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One draft's run of the JSON Schema Test Suite (required part) through generated, compiled
 * validators, held to its known-failures file: every case must pass except those listed, each with
 * its reason; a listed case that starts passing fails too, so the list stays honest and the count
 * only goes up. Writes the per-file table ({@code target/<report>.md}, the README copies it) and
 * {@code target/<report>-failures.tsv}.
 */
final class SuiteConformance {
    static final Path SUITE = Locations.shared().resolve("json-schema-test-suite");

    private SuiteConformance() {}

    /**
     * @param draftFolder the suite's folder, e.g. {@code draft2020-12}, {@code draft7}
     * @param knownFailures class-path resource: file, group, case, reason per line
     */
    static List<SuiteRunner.Outcome> check(
            String draftFolder,
            UnaryOperator<GeneratorConfig> options,
            String knownFailures,
            String report,
            Path staging)
            throws Exception {
        return check(draftFolder, "", options, knownFailures, report, staging);
    }

    /** @param part a folder below the draft's, e.g. {@code optional/format}; empty for the required part */
    static List<SuiteRunner.Outcome> check(
            String draftFolder,
            String part,
            UnaryOperator<GeneratorConfig> options,
            String knownFailures,
            String report,
            Path staging)
            throws Exception {
        List<SuiteRunner.Group> groups = new ArrayList<>();
        try (Stream<Path> files =
                Files.list(SUITE.resolve("tests").resolve(draftFolder).resolve(part))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                groups.addAll(SuiteRunner.read(file));
            }
        }
        List<SuiteRunner.Outcome> outcomes =
                new SuiteRunner(SUITE.resolve("remotes"), staging, options, draftFolder).run(groups);

        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve(report + ".md"), ConformanceReport.markdown(outcomes));
        Files.writeString(target.resolve(report + "-failures.tsv"), ConformanceReport.failures(outcomes));

        Map<String, String> known = knownFailures(knownFailures);
        List<String> unexpected = outcomes.stream()
                .filter(o -> !o.passed() && !known.containsKey(o.key()))
                .map(o -> o.key().replace('\t', '/') + ": " + o.detail())
                .toList();
        List<String> nowPassing = outcomes.stream()
                .filter(o -> o.passed() && known.containsKey(o.key()))
                .map(o -> o.key().replace('\t', '/'))
                .toList();
        assertThat(unexpected)
                .as("cases failing that are not in %s", knownFailures)
                .isEmpty();
        assertThat(nowPassing)
                .as("known failures that pass now: remove them from %s", knownFailures)
                .isEmpty();
        return outcomes;
    }

    /** key (file, group, case) → reason. */
    private static Map<String, String> knownFailures(String resource) throws IOException {
        Map<String, String> known = new TreeMap<>();
        try (var in = SuiteConformance.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 4 || parts[3].isBlank()) {
                    throw new IllegalStateException(resource + ": want file, group, case, reason: " + line);
                }
                known.put(parts[0] + "\t" + parts[1] + "\t" + parts[2], parts[3]);
            }
        }
        return known;
    }
}
