package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code compat} through the CLI on two real schema bumps (04 → 05, 06 → 07): it completes, every breaking verdict
 * carries a counterexample that really separates the two versions (checked again here with each
 * side's generated validators), and a change it cannot prove says so instead of claiming safety.
 */
class CompatHistoryTest {
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
        // Every bump's report and counterexamples are held in core (CompatHistoryGoldenTest, with networknt
        // as a second judge); here the CLI's whole path runs on the README's bump and the largest one.
        return IntStream.of(4, 6).mapToObj(i -> new Bump(snapshots.get(i - 1), snapshots.get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bumps")
    void everyBreakingVerdictIsProvenOrSaysItCannotDecide(Bump bump) throws Exception {
        CliRun run = CliRun.of(
                "compat",
                "--old",
                bump.older().toString(),
                "--new",
                bump.newer().toString(),
                "--format",
                "json",
                "--fail-on",
                "none");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        SchemaCatalog old = catalog(bump.older());
        SchemaCatalog neu = catalog(bump.newer());
        for (JsonNode change : report.get("changes")) {
            for (String direction : List.of("backward", "forward")) {
                JsonNode outcome = change.get(direction);
                String verdict = outcome.get("verdict").asText();
                String status = outcome.path("counterexample").path("status").asText();
                String what = direction + " of " + change;
                if (verdict.equals("breaks")) {
                    assertThat(status).as(what).isIn("proven", "not-applicable");
                } else if (verdict.equals("undecided")) {
                    assertThat(status).as(what).isEqualTo("cannot-decide");
                }
                if (status.equals("proven")) {
                    JsonNode document = outcome.get("counterexample").get("document");
                    String schema = change.get("schema").asText();
                    boolean backward = direction.equals("backward");
                    assertThat(old.validate(change.get("oldSchema").asText(), document)
                                    .isEmpty())
                            .as("old on " + what)
                            .isEqualTo(backward);
                    assertThat(neu.validate(schema, document).isEmpty())
                            .as("new on " + what)
                            .isEqualTo(!backward);
                }
            }
        }
    }

    private static SchemaCatalog catalog(Path schemas) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(schemas, "dev.synesthetic.history")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        GenerationResult generated = new Generator().generate(config);
        return new SchemaCatalog(
                CompiledValidators.of(generated, InMemoryCompiler.compile(generated.files())), schemas);
    }
}
