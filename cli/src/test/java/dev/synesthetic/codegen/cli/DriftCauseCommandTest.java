package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ensure-clean says why a file drifted, and version.json is the one source of the version. */
class DriftCauseCommandTest {
    @TempDir
    Path temp;

    private Path schemas;
    private Path output;

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("repo/jsonschema"));
        output = temp.resolve("out");
        writeVersion("0.7.0");
        writeSchema("widget", "0.7.0", "\"size\": {\"type\": \"integer\"}");
        writeSchema("gadget", "0.7.0", "\"name\": {\"type\": \"string\"}");
    }

    private void writeVersion(String version) throws IOException {
        Files.writeString(temp.resolve("repo/version.json"), "{\"schemaVersion\": \"" + version + "\"}");
    }

    private void writeSchema(String name, String version, String properties) throws IOException {
        Files.writeString(schemas.resolve(name + ".schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "$id": "https://example.com/%s/%s.schema.json", "title": "%s", "type": "object",
         "properties": {%s}}
        """.formatted(version, name, name, properties));
    }

    private CliRun run(String command) {
        return CliRun.of(command, "--schemas", schemas.toString(), "--output", output.toString(), "--package", "p");
    }

    @Test
    void schemaChangeNamesTheSchema() throws IOException {
        assertThat(run("generate").exitCode()).isZero();
        writeSchema("widget", "0.7.0", "\"size\": {\"type\": \"number\"}");

        CliRun check = run("ensure-clean");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out())
                .contains("changed: p/Widget.java (schema widget.schema.json changed)")
                .doesNotContain("changed: p/Gadget.java");
    }

    @Test
    void versionBumpSaysWhichVersionsAndTheCorpusMustAgree() throws IOException {
        assertThat(run("generate").exitCode()).isZero();
        writeVersion("0.7.3");

        CliRun mismatch = run("ensure-clean");
        assertThat(mismatch.exitCode()).as(mismatch.toString()).isEqualTo(3);
        assertThat(mismatch.err())
                .contains("[VERSION_MISMATCH] gadget.schema.json#/$id")
                .contains("$id says version 0.7.0 but version.json says schemaVersion 0.7.3");

        writeSchema("widget", "0.7.3", "\"size\": {\"type\": \"integer\"}");
        writeSchema("gadget", "0.7.3", "\"name\": {\"type\": \"string\"}");
        CliRun bumped = run("ensure-clean");
        assertThat(bumped.exitCode()).as(bumped.toString()).isEqualTo(1);
        assertThat(bumped.out()).contains("changed: p/SchemaVersion.java (generated for 0.7.0, schemas are 0.7.3)");
    }

    @Test
    void schemaVersionDriftIsExplainedEvenWithoutAManifest() throws IOException {
        assertThat(run("generate").exitCode()).isZero();
        Files.delete(output.resolve("p/codegen-manifest.json"));
        writeVersion("0.8.0");
        writeSchema("widget", "0.8.0", "\"size\": {\"type\": \"integer\"}");
        writeSchema("gadget", "0.8.0", "\"name\": {\"type\": \"string\"}");

        CliRun check = run("ensure-clean");

        assertThat(check.out())
                .contains("changed: p/SchemaVersion.java (generated for 0.7.0, schemas are 0.8.0)")
                .contains("missing: p/codegen-manifest.json");
    }

    @Test
    void changedOptionsAreTheCauseWhenSchemasAndGeneratorAreTheSame() throws IOException {
        assertThat(run("generate").exitCode()).isZero();
        Path widget = output.resolve("p/Widget.java");
        Files.writeString(widget, Files.readString(widget).replace("package p;", "package q;"));
        // the hand edit is detected from the manifest's digest
        assertThat(run("ensure-clean").out()).contains("p/Widget.java (edited by hand since it was generated)");
    }

    @Test
    void afterGenerateTheOutputIsCleanAgain() throws IOException {
        assertThat(run("generate").exitCode()).isZero();
        writeSchema("widget", "0.7.0", "\"colour\": {\"enum\": [\"red\", \"blue\"]}");
        assertThat(run("ensure-clean").exitCode()).isEqualTo(1);

        CliRun regenerate = run("generate");

        assertThat(regenerate.err()).contains("written").contains("unchanged");
        assertThat(run("ensure-clean").exitCode()).isZero();
    }
}
