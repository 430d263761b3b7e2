package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One schema pair per change kind: {@code compat --format json} classifies the change per direction,
 * and every breaking direction carries a counterexample both sides' generated validators agree on.
 */
class CompatChangeKindsTest {
    @TempDir
    Path temp;

    /** A change: the old and new root schema (object members as JSON text), the kind and what breaks. */
    record Case(String name, String oldSchema, String newSchema, String kind, String backward, String forward) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String props = "\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"integer\"}}";
        return List.of(
                new Case("required added", props, props + ",\"required\":[\"a\"]", "required-added", "breaks", "safe"),
                new Case(
                        "required removed",
                        props + ",\"required\":[\"a\"]",
                        props,
                        "required-removed",
                        "safe",
                        "breaks"),
                new Case(
                        "property removed, closed",
                        props + ",\"additionalProperties\":false",
                        "\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false",
                        "property-removed",
                        "breaks",
                        "safe"),
                new Case(
                        "property added, closed",
                        "\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false",
                        props + ",\"additionalProperties\":false",
                        "property-added",
                        "safe",
                        "breaks"),
                new Case(
                        "property added, open",
                        "\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}",
                        props,
                        "property-added",
                        "breaks",
                        "safe"),
                new Case(
                        "type narrowed",
                        "\"type\":\"number\"",
                        "\"type\":\"integer\"",
                        "type-narrowed",
                        "breaks",
                        "safe"),
                new Case(
                        "type widened",
                        "\"type\":\"integer\"",
                        "\"type\":[\"integer\",\"string\"]",
                        "type-widened",
                        "safe",
                        "breaks"),
                new Case(
                        "enum value added",
                        "\"enum\":[\"a\",\"b\"]",
                        "\"enum\":[\"a\",\"b\",\"c\"]",
                        "enum-value-added",
                        "safe",
                        "breaks"),
                new Case(
                        "enum value removed",
                        "\"enum\":[\"a\",\"b\"]",
                        "\"enum\":[\"a\"]",
                        "enum-value-removed",
                        "breaks",
                        "safe"),
                new Case("const changed", "\"const\":1", "\"const\":2", "enum-changed", "breaks", "breaks"),
                new Case(
                        "minimum tightened",
                        "\"type\":\"integer\",\"minimum\":0",
                        "\"type\":\"integer\",\"minimum\":5",
                        "bound-tightened",
                        "breaks",
                        "safe"),
                new Case(
                        "maximum loosened",
                        "\"type\":\"number\",\"maximum\":5",
                        "\"type\":\"number\",\"maximum\":10",
                        "bound-loosened",
                        "safe",
                        "breaks"),
                new Case(
                        "exclusiveMaximum added",
                        "\"type\":\"number\"",
                        "\"type\":\"number\",\"exclusiveMaximum\":3",
                        "bound-tightened",
                        "breaks",
                        "safe"),
                new Case(
                        "maxLength tightened",
                        "\"type\":\"string\",\"maxLength\":5",
                        "\"type\":\"string\",\"maxLength\":2",
                        "bound-tightened",
                        "breaks",
                        "safe"),
                new Case(
                        "minItems tightened",
                        "\"type\":\"array\"",
                        "\"type\":\"array\",\"minItems\":1",
                        "bound-tightened",
                        "breaks",
                        "safe"),
                new Case(
                        "maxProperties loosened",
                        "\"type\":\"object\",\"maxProperties\":1",
                        "\"type\":\"object\"",
                        "bound-loosened",
                        "safe",
                        "breaks"),
                new Case(
                        "multipleOf tightened",
                        "\"type\":\"integer\",\"multipleOf\":2",
                        "\"type\":\"integer\",\"multipleOf\":4",
                        "bound-tightened",
                        "breaks",
                        "safe"),
                new Case(
                        "pattern added",
                        "\"type\":\"string\"",
                        "\"type\":\"string\",\"pattern\":\"^x+$\"",
                        "pattern-changed",
                        "breaks",
                        "safe"),
                new Case(
                        "format added",
                        "\"type\":\"string\"",
                        "\"type\":\"string\",\"format\":\"date\"",
                        "format-changed",
                        "breaks",
                        "safe"),
                new Case(
                        "anyOf branch removed",
                        "\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]",
                        "\"anyOf\":[{\"type\":\"string\"}]",
                        "branch-removed",
                        "breaks",
                        "safe"),
                new Case(
                        "oneOf branch added",
                        "\"oneOf\":[{\"type\":\"string\"}]",
                        "\"oneOf\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]",
                        "branch-added",
                        "safe",
                        "breaks"),
                new Case(
                        "additionalProperties closed",
                        "\"type\":\"object\"",
                        "\"type\":\"object\",\"additionalProperties\":false",
                        "additional-properties-changed",
                        "breaks",
                        "safe"),
                new Case(
                        "items narrowed",
                        "\"type\":\"array\",\"items\":{\"type\":\"number\"}",
                        "\"type\":\"array\",\"items\":{\"type\":\"integer\"}",
                        "type-narrowed",
                        "breaks",
                        "safe"),
                new Case(
                        "ref retargeted",
                        "\"type\":\"object\",\"properties\":{\"v\":{\"$ref\":\"#/$defs/A\"}},\"$defs\":{\"A\":{\"type\":\"string\"},\"B\":{\"type\":\"boolean\"}}",
                        "\"type\":\"object\",\"properties\":{\"v\":{\"$ref\":\"#/$defs/B\"}},\"$defs\":{\"A\":{\"type\":\"string\"},\"B\":{\"type\":\"boolean\"}}",
                        "type-changed",
                        "breaks",
                        "breaks"),
                new Case(
                        "nested required added",
                        "\"type\":\"object\",\"required\":[\"o\"],\"properties\":{\"o\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}}",
                        "\"type\":\"object\",\"required\":[\"o\"],\"properties\":{\"o\":{\"type\":\"object\",\"required\":[\"x\"],\"properties\":{\"x\":{\"type\":\"string\"}}}}",
                        "required-added",
                        "breaks",
                        "safe"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesAndProvesEachChangeKind(Case c) throws IOException {
        Path old = corpus("old", c.oldSchema(), "1.0.0");
        Path neu = corpus("new", c.newSchema(), "2.0.0");

        CliRun run = CliRun.of(
                "compat", "--old", old.toString(), "--new", neu.toString(), "--format", "json", "--fail-on", "none");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<JsonNode> matching = new ArrayList<>();
        report.get("changes").forEach(change -> {
            if (change.get("kind").asText().equals(c.kind())) {
                matching.add(change);
            }
        });
        assertThat(matching).as(run.out()).hasSize(1);
        JsonNode change = matching.get(0);
        assertThat(change.get("schema").asText()).isEqualTo("thing.schema.json");
        assertThat(change.path("backward").path("verdict").asText())
                .as(run.out())
                .isEqualTo(c.backward());
        assertThat(change.path("forward").path("verdict").asText())
                .as(run.out())
                .isEqualTo(c.forward());
        for (String direction : List.of("backward", "forward")) {
            JsonNode side = change.path(direction);
            if (side.path("verdict").asText().equals("breaks")) {
                assertThat(side.path("counterexample").path("status").asText())
                        .as(direction + " of " + run.out())
                        .isEqualTo("proven");
                assertProven(old, neu, direction, side.path("counterexample").path("document"));
            }
        }
    }

    /** Runs both sides' validators again through {@code validate}: the old accepts and the new rejects (or the reverse). */
    private void assertProven(Path old, Path neu, String direction, JsonNode document) throws IOException {
        Path file = temp.resolve(direction + "-counterexample.json");
        Files.writeString(file, document.toString());
        int underOld = CliRun.of(
                        "validate", "--schemas", old.toString(), "--schema", "thing.schema.json", file.toString())
                .exitCode();
        int underNew = CliRun.of(
                        "validate", "--schemas", neu.toString(), "--schema", "thing.schema.json", file.toString())
                .exitCode();
        boolean backward = direction.equals("backward");
        assertThat(underOld).as("old validator on " + document).isEqualTo(backward ? 0 : 1);
        assertThat(underNew).as("new validator on " + document).isEqualTo(backward ? 1 : 0);
    }

    private Path corpus(String name, String members, String version) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve("thing.schema.json"),
                "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://example.com/schemas/"
                        + version + "/thing.schema.json\"," + members + "}");
        return folder;
    }
}
