package dev.synesthetic.codegen.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official JSON Schema Test Suite (draft 2020-12, required part) through generated, compiled
 * validators. Every case must pass except those listed, each with its reason, in
 * {@code conformance/known-failures.tsv}; a listed case that starts passing fails the test too, so
 * the list stays honest and the count only goes up. Writes {@code target/conformance.md} (the
 * table the README copies) and {@code target/conformance-failures.tsv}.
 */
class SuiteConformanceTest {
  private static final Path SUITE = Locations.shared().resolve("json-schema-test-suite");

  @Test
  void generatedValidatorsPassTheSuite(@TempDir Path staging) throws Exception {
    List<SuiteRunner.Group> groups = new ArrayList<>();
    try (Stream<Path> files = Files.list(SUITE.resolve("tests/draft2020-12"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        groups.addAll(SuiteRunner.read(file));
      }
    }
    List<SuiteRunner.Outcome> outcomes = new SuiteRunner(SUITE.resolve("remotes"), staging).run(groups);

    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("conformance.md"), ConformanceReport.markdown(outcomes));
    Files.writeString(target.resolve("conformance-failures.tsv"), ConformanceReport.failures(outcomes));

    Map<String, String> known = knownFailures();
    List<String> unexpected = outcomes.stream()
        .filter(o -> !o.passed() && !known.containsKey(o.key()))
        .map(o -> o.key().replace('\t', '/') + ": " + o.detail())
        .toList();
    List<String> nowPassing = outcomes.stream()
        .filter(o -> o.passed() && known.containsKey(o.key()))
        .map(o -> o.key().replace('\t', '/'))
        .toList();
    assertThat(outcomes).hasSizeGreaterThan(1000);
    assertThat(unexpected).as("cases failing that are not in known-failures.tsv").isEmpty();
    assertThat(nowPassing).as("known failures that pass now: remove them from known-failures.tsv").isEmpty();
  }

  /** key (file, group, case) → reason. */
  private static Map<String, String> knownFailures() throws IOException {
    Map<String, String> known = new TreeMap<>();
    try (var in = SuiteConformanceTest.class.getResourceAsStream("/conformance/known-failures.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != 4 || parts[3].isBlank()) {
          throw new IllegalStateException("known-failures.tsv: want file, group, case, reason: " + line);
        }
        known.put(parts[0] + "\t" + parts[1] + "\t" + parts[2], parts[3]);
      }
    }
    return known;
  }
}
