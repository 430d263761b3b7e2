package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --default-draft} (settings key {@code defaultDraft}): the draft of schema files without
 * {@code $schema}. The corpus here is valid draft-07 (a {@code $ref} whose sibling is ignored)
 * and an error in 2020-12 (a sibling of {@code $ref} records cannot honour), so the option shows.
 */
class DefaultDraftOptionTest {
    @TempDir
    Path temp;

    private Path schemas;

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("widget.schema.json"), """
        {"title": "Widget", "type": "object",
         "properties": {"part": {"$ref": "#/definitions/Part", "type": "string"}},
         "definitions": {"Part": {"type": "object", "properties": {"n": {"type": "integer"}}}}}
        """);
    }

    @Test
    void theOptionDecidesTheDraftOfFilesWithoutSchema() {
        Path out = temp.resolve("out");

        CliRun asDefault = CliRun.of("generate", "--schemas", schemas.toString(), "--output", out.toString());
        CliRun as07 = CliRun.of(
                "generate", "--schemas", schemas.toString(), "--output", out.toString(), "--default-draft", "07");

        assertThat(asDefault.exitCode()).as(asDefault.toString()).isEqualTo(3);
        assertThat(asDefault.err())
                .contains("widget.schema.json#/properties/part/type")
                .contains("conflicts with the object schemas merged here");
        assertThat(as07.exitCode()).as(as07.toString()).isZero();
        assertThat(as07.err()).contains("IGNORED_KEYWORD").contains("ignored in draft-07");
        assertThat(out.resolve("dev/synesthetic/schema/Part.java")).isRegularFile();
    }

    @Test
    void anUnknownDraftIsAUsageErrorListingTheSupportedOnes() {
        CliRun run = CliRun.of(
                "generate",
                "--schemas",
                schemas.toString(),
                "--output",
                temp.resolve("o").toString(),
                "--default-draft",
                "03");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown draft '03'").contains("04, 06, 07, 2019-09, 2020-12");
    }

    @Test
    void theSettingsFileKeyWorksAndTheFixCommandKeepsTheFlag() throws IOException {
        Path settings = temp.resolve("synesthetic-codegen.json");
        Files.writeString(
                settings,
                "{\"schemas\": \"schemas\", \"output\": \"out\", \"package\": \"p\", \"defaultDraft\": \"07\"}");
        assertThat(CliRun.of("generate", "--config", settings.toString()).exitCode())
                .isZero();

        Files.writeString(
                settings,
                "{\"schemas\": \"schemas\", \"output\": \"out\", \"package\": \"p\", \"defaultDraft\": \"draft-03\"}");
        CliRun bad = CliRun.of("generate", "--config", settings.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'defaultDraft'").contains("unknown draft 'draft-03'");

        Path out = temp.resolve("out2");
        assertThat(CliRun.of(
                                "generate",
                                "--schemas",
                                schemas.toString(),
                                "--output",
                                out.toString(),
                                "--default-draft",
                                "07")
                        .exitCode())
                .isZero();
        Files.writeString(out.resolve("dev/synesthetic/schema/Part.java"), "// edited\n");
        CliRun drift = CliRun.of(
                "ensure-clean", "--schemas", schemas.toString(), "--output", out.toString(), "--default-draft", "07");
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out() + drift.err()).contains("--default-draft 07");
    }

    @Test
    void validateChecksWithTheDefaultDraftsSemantics() throws IOException {
        Path longName = Files.writeString(temp.resolve("long.json"), "{\"part\": {\"n\": 1}, \"extra\": true}");
        Path wrong = Files.writeString(temp.resolve("wrong.json"), "{\"part\": {\"n\": \"one\"}}");

        CliRun ok = CliRun.of(
                "validate",
                "--schemas",
                schemas.toString(),
                "--schema",
                "widget.schema.json",
                "--default-draft",
                "07",
                longName.toString());
        CliRun bad = CliRun.of(
                "validate",
                "--schemas",
                schemas.toString(),
                "--schema",
                "widget.schema.json",
                "--default-draft",
                "07",
                wrong.toString());

        // "type": "string" beside the $ref is ignored in draft-07, so an object part is valid.
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out() + bad.err()).contains("/part/n");
    }
}
