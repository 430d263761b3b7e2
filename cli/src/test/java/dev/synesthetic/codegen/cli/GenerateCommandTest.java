package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box: the command line as a user runs it, with writers captured and exit codes asserted. */
class GenerateCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path corpus() {
        return Path.of(System.getProperty("shared.dir", "../../shared"), "synesthetic-schemas/jsonschema");
    }

    @Test
    void generatesTheCorpusAndReportsWhatItWrote() throws IOException {
        int code = run("generate", "--schemas", corpus().toString(), "--output", temp.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(temp.resolve("dev/synesthetic/schema/SynestheticAsset.java")).isRegularFile();
        assertThat(out.toString())
                .contains("wrote dev/synesthetic/schema/Tone.java")
                .contains("wrote dev/synesthetic/schema/ToneValidator.java");
        long written;
        try (var files = Files.walk(temp)) {
            written = files.filter(Files::isRegularFile).count();
        }
        assertThat(err.toString()).contains(written + " written, 0 unchanged, 0 deleted");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("generate", "--schemas", corpus().toString(), "--output", temp.toString()))
                .isZero();
        assertThat(err.toString()).contains("0 written, " + written + " unchanged, 0 deleted");
    }

    @Test
    void schemaErrorsExitWith3AndWriteNothing() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("broken.schema.json"), "{\"type\": \"object\",");
        Path output = temp.resolve("out");

        int code = run("generate", "--schemas", schemas.toString(), "--output", output.toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString())
                .contains("MALFORMED_JSON")
                .contains("broken.schema.json")
                .contains("nothing was written");
        assertThat(output).doesNotExist();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("generate")).isEqualTo(2);
        assertThat(err.toString()).contains("--output");
        assertThat(run("generate", "--output", temp.toString(), "--package", "not a package"))
                .isEqualTo(2);
    }

    @Test
    void anOutputPathThatIsAFileExitsWith4() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThat(run("generate", "--schemas", corpus().toString(), "--output", file.toString()))
                .isEqualTo(4);
        assertThat(err.toString()).contains("not a folder");
    }

    @Test
    void helpListsSubcommandsAndExitCodesAndVersionPrints() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("generate").contains("Exit codes:").contains("3   Schema corpus error");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("synesthetic-codegen \\d+\\.\\d+");
    }

    @Test
    void jacksonBaselineIsAnOption() throws IOException {
        assertThat(run("generate", "--schemas", corpus().toString(), "--output", temp.toString(), "--jackson", "2.18"))
                .isZero();
        assertThat(Files.readString(temp.resolve("dev/synesthetic/schema/Tone.java")))
                .doesNotContain("JacksonInject");

        assertThat(run("generate", "--schemas", corpus().toString(), "--output", temp.toString(), "--jackson", "2.19"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Jackson baseline must be 2.18, 2.21 or 3, not '2.19'");
    }

    @Test
    void jacksonThreeWritesTheReadersAgainstJackson3AndTheRecordsAsTwoTwentyOne() throws IOException {
        assertThat(run(
                        "generate",
                        "--schemas",
                        corpus().toString(),
                        "--output",
                        temp.toString(),
                        "--jackson",
                        "3",
                        "--readers"))
                .isZero();
        Path pkg = temp.resolve("dev/synesthetic/schema");
        assertThat(Files.readString(pkg.resolve("ToneReader.java")))
                .contains("import tools.jackson.databind.ObjectMapper;")
                .contains("Jackson3Reading<Tone>");
        assertThat(pkg.resolve("Jackson3Parsing.java")).exists();
        assertThat(pkg.resolve("JacksonReading.java")).doesNotExist();
        assertThat(Files.readString(pkg.resolve("Tone.java"))).contains("JacksonInject");
    }

    @Test
    void validatorsAndReadersAreGeneratedOnRequestAndEnsureCleanChecksWithTheSameOptions() throws IOException {
        String schemas = corpus().toString();
        int code =
                run("generate", "--schemas", schemas, "--output", temp.toString(), "--readers", "--format-assertions");

        assertThat(code).as(err.toString()).isZero();
        Path pkg = temp.resolve("dev/synesthetic/schema");
        assertThat(pkg.resolve("SynestheticAssetValidator.java")).isRegularFile();
        assertThat(pkg.resolve("SynestheticAssetReader.java")).isRegularFile();
        assertThat(pkg.resolve("JsonFormats.java"))
                .as("format assertions need the RFC 3339 runtime")
                .isRegularFile();
        assertThat(run(
                        "ensure-clean",
                        "--schemas",
                        schemas,
                        "--output",
                        temp.toString(),
                        "--readers",
                        "--format-assertions"))
                .as(out.toString())
                .isZero();

        out.getBuffer().setLength(0);
        assertThat(run("ensure-clean", "--schemas", schemas, "--output", temp.toString()))
                .isEqualTo(1);
        assertThat(out.toString())
                .as("validators are the default, readers are not")
                .contains("orphan:  dev/synesthetic/schema/ControlBundleReader.java")
                .doesNotContain("orphan:  dev/synesthetic/schema/ControlBundleValidator.java")
                .contains("--package dev.synesthetic.schema' to fix.");
    }

    @Test
    void validatorsAreOnByDefaultAndNoValidatorsGeneratesRecordsAloneAndEnsureCleanFollows() throws IOException {
        String schemas = corpus().toString();
        String output = temp.toString();
        Path validator = temp.resolve("dev/synesthetic/schema/SynestheticAssetValidator.java");

        assertThat(run("generate", "--schemas", schemas, "--output", output))
                .as(err.toString())
                .isZero();
        assertThat(validator).isRegularFile();
        assertThat(err.toString()).doesNotContain("UNENFORCED_ASSERTIONS");
        assertThat(run("ensure-clean", "--schemas", schemas, "--output", output))
                .as(out.toString())
                .isZero();
        assertThat(run("ensure-clean", "--schemas", schemas, "--output", output, "--validators"))
                .as("--validators still works, and names the default")
                .isZero();
        out.getBuffer().setLength(0);
        assertThat(run("ensure-clean", "--schemas", schemas, "--output", output, "--no-validators"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("orphan:  dev/synesthetic/schema/SynestheticAssetValidator.java");

        assertThat(run("generate", "--schemas", schemas, "--output", output, "--no-validators"))
                .as(err.toString())
                .isZero();
        assertThat(validator).doesNotExist();
        assertThat(out.toString()).contains("deleted dev/synesthetic/schema/SynestheticAssetValidator.java");
        assertThat(run("ensure-clean", "--schemas", schemas, "--output", output, "--no-validators"))
                .isZero();
        assertThat(run("ensure-clean", "--schemas", schemas, "--output", output))
                .isEqualTo(1);
    }

    @Test
    void listKeywordsPrintsTheCoverageAsJsonAndWritesNothing() throws IOException {
        int code = run("generate", "--schemas", corpus().toString(), "--list-keywords");

        assertThat(code).as(err.toString()).isZero();
        com.fasterxml.jackson.databind.JsonNode report =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(report.fieldNames()).toIterable().containsExactly("keywords");
        List<String> rows = new java.util.ArrayList<>();
        report.get("keywords").forEach(row -> {
            assertThat(row.fieldNames()).toIterable().containsExactly("keyword", "in", "count");
            rows.add(row.get("keyword").textValue() + " " + row.get("in").textValue());
        });
        assertThat(rows).contains("$ref type", "properties type", "description annotation", "example unknown");
        assertThat(rows.stream().map(row -> row.substring(0, row.indexOf(' '))).toList())
                .as("by keyword")
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(report.get("keywords").get(0).get("count").isInt()).isTrue();
        try (java.util.stream.Stream<Path> files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void listKeywordsOnACorpusThatDoesNotGenerateReportsItsErrorsAsGenerateDoes() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(
                schemas.resolve("dangling.schema.json"),
                "{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/Missing\"}}}");

        int code = run("generate", "--schemas", schemas.toString(), "--list-keywords");

        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(err.toString())
                .contains("dangling.schema.json")
                .contains("/properties/a")
                .contains("nothing was written");
        assertThat(out.toString()).as("no coverage table").isEmpty();
    }

    @Test
    void recordsAloneWarnAboutTheAssertionsNothingEnforces() {
        int code = run("generate", "--schemas", corpus().toString(), "--output", temp.toString(), "--no-validators");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .containsOnlyOnce("UNENFORCED_ASSERTIONS")
                .containsPattern("enforced by nothing: \\w+ ×\\d+");
    }
}
