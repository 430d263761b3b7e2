package dev.synesthetic.codegen.cli;

import static dev.synesthetic.codegen.cli.ValidateDocumentsTest.instance;
import static dev.synesthetic.codegen.cli.ValidateDocumentsTest.validate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format text|json|github}: the shape of each on valid and invalid documents. */
class ValidateFormatsTest {
    @TempDir
    Path temp;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonIsTheBasicOutputPerDocumentWithFileAndDocumentNumber() throws IOException {
        Path stream = Files.writeString(temp.resolve("two.yaml"), "services: {a: {image: nginx}}\n---\nservices: 3\n");

        CliRun run = validate(
                "compose.schema.json",
                "--format",
                "json",
                instance("compose.yaml"),
                stream.toString(),
                instance("compose-bad.yaml"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode units = JSON.readTree(run.out());
        assertThat(units.isArray()).isTrue();
        assertThat(units).hasSize(4);
        for (JsonNode unit : units) {
            assertThat(fieldNames(unit)).containsExactly("file", "document", "schema", "valid", "errors");
            assertThat(unit.get("schema").asText()).isEqualTo("compose.schema.json");
            assertThat(unit.get("valid").asBoolean())
                    .isEqualTo(unit.get("errors").isEmpty());
            for (JsonNode error : unit.get("errors")) {
                assertThat(fieldNames(error))
                        .containsExactly(
                                "keywordLocation",
                                "absoluteKeywordLocation",
                                "instanceLocation",
                                "error",
                                "line",
                                "column");
            }
        }
        assertThat(units.get(0).get("file").asText()).isEqualTo(instance("compose.yaml"));
        assertThat(units.get(0).get("valid").asBoolean()).isTrue();
        assertThat(units.get(1).get("document").asInt()).isEqualTo(1);
        assertThat(units.get(2).get("document").asInt()).isEqualTo(2);
        JsonNode typeError = units.get(2).get("errors").get(0);
        assertThat(typeError.get("instanceLocation").asText()).isEqualTo("/services");
        assertThat(typeError.get("keywordLocation").asText()).isEqualTo("/properties/services/type");
        assertThat(typeError.get("absoluteKeywordLocation").asText())
                .startsWith("file:")
                .endsWith("compose.schema.json#/properties/services/type");
        assertThat(typeError.get("line").asInt()).isEqualTo(3);
        assertThat(typeError.get("column").asInt()).isEqualTo(11);
        assertThat(units.get(3).get("valid").asBoolean()).isFalse();
    }

    @Test
    void jsonAbsoluteLocationsUseTheSchemasIdAndUnreadableFilesAreInvalidUnits() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.yml"), "name: [\n");

        CliRun run =
                validate("workflow.schema.json", "--format", "json", instance("workflow-bad.yml"), broken.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode units = JSON.readTree(run.out());
        assertThat(units).hasSize(2);
        List<String> absolute = new ArrayList<>();
        units.get(0)
                .get("errors")
                .forEach(e -> absolute.add(e.get("absoluteKeywordLocation").asText()));
        assertThat(absolute)
                .contains(
                        "https://example.test/schemas/workflow.schema.json#/$defs/job/properties/timeout-minutes/minimum");
        JsonNode unreadable = units.get(1);
        assertThat(unreadable.get("valid").asBoolean()).isFalse();
        assertThat(unreadable.get("schema").isNull()).isTrue();
        assertThat(fieldNames(unreadable.get("errors").get(0)))
                .containsExactly("keywordLocation", "instanceLocation", "error", "line", "column");
        assertThat(unreadable.get("errors").get(0).get("line").asInt())
                .as("the syntax error's line")
                .isPositive();
        assertThat(unreadable.get("errors").get(0).get("error").asText()).startsWith("not valid YAML: ");
    }

    @Test
    void jsonKeywordLocationsAreThePathThroughTheRefs() throws IOException {
        CliRun run = validate("workflow.schema.json", "--format", "json", instance("workflow-bad.yml"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        Map<String, String> byAbsolute = new TreeMap<>();
        JSON.readTree(run.out())
                .get(0)
                .get("errors")
                .forEach(e -> byAbsolute.put(
                        e.get("absoluteKeywordLocation").asText().replaceFirst(".*#", "#"),
                        e.get("keywordLocation").asText()));
        assertThat(byAbsolute)
                .containsEntry(
                        "#/$defs/job/properties/timeout-minutes/minimum",
                        "/properties/jobs/additionalProperties/$ref/properties/timeout-minutes/minimum")
                .containsEntry(
                        "#/$defs/step/oneOf",
                        "/properties/jobs/additionalProperties/$ref/properties/steps/items/$ref/oneOf");
    }

    @Test
    void jsonOfOnlyValidDocumentsIsAnArrayOfValidUnits() throws IOException {
        CliRun run = validate("pyproject.schema.json", "--format", "json", instance("pyproject.toml"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode units = JSON.readTree(run.out());
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("valid").asBoolean()).isTrue();
        assertThat(units.get(0).get("errors")).isEmpty();
    }

    @Test
    void githubAnnotatesEachViolationWithFileLineAndColumn() {
        CliRun good = validate("workflow.schema.json", "--format", "github", instance("workflow.yml"));
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(good.out()).isEmpty();

        CliRun bad = validate("workflow.schema.json", "--format", "github", instance("workflow-bad.yml"));
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out().lines())
                .allMatch(line -> line.startsWith("::error file=" + instance("workflow-bad.yml") + ","))
                .anyMatch(line -> line.startsWith("::error file=" + instance("workflow-bad.yml") + ",line=7,col=22::"
                        + "/jobs/build/timeout-minutes: "));
    }

    @Test
    void githubEscapesPropertiesAndMessages() throws IOException {
        // a file name with ':' and ',', and a member name (so a pointer and a message) with '%' and a line break
        Path folder = Files.createDirectories(temp.resolve("odd"));
        Path odd =
                Files.writeString(folder.resolve("a,b:c.yaml"), "services:\n  web: {image: nginx, \"50%\\nx\": 1}\n");

        CliRun run = validate("compose.schema.json", "--format", "github", odd.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String escapedFile = odd.toString().replace(":", "%3A").replace(",", "%2C");
        assertThat(run.out())
                .startsWith("::error file=" + escapedFile + ",line=2,col=")
                .contains("::/services/web/50%25%0Ax: ")
                .doesNotContain("50%\n");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void textIsTheDefaultAndAnUnknownFormatIsAUsageError() {
        CliRun text = validate("workflow.schema.json", "--format", "text", instance("workflow-bad.yml"));
        CliRun byDefault = validate("workflow.schema.json", instance("workflow-bad.yml"));
        assertThat(text.out()).isEqualTo(byDefault.out()).startsWith("invalid: " + instance("workflow-bad.yml"));

        CliRun wrong = validate("workflow.schema.json", "--format", "xml", instance("workflow.yml"));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--format must be text, json or github, not 'xml'");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
