package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code validate}: verdicts, JSON Pointers, schema selection, exit codes. */
class ValidateCommandTest {
    @TempDir
    Path temp;

    private static final String SCHEMAS = CliRun.synestheticSchemas().toString();

    private CliRun validate(String... instancesAndOptions) {
        String[] args = new String[instancesAndOptions.length + 3];
        args[0] = "validate";
        args[1] = "--schemas";
        args[2] = SCHEMAS;
        System.arraycopy(instancesAndOptions, 0, args, 3, instancesAndOptions.length);
        return CliRun.of(args);
    }

    @Test
    void everyExampleIsValidAndRoundTrips() {
        Path examples = CliRun.shared().resolve("synesthetic-schemas/examples");
        String[] files;
        try (var list = Files.list(examples)) {
            files = list.filter(p -> p.toString().endsWith(".json"))
                    .map(Path::toString)
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String[] args = new String[files.length + 1];
        args[0] = "--round-trip";
        System.arraycopy(files, 0, args, 1, files.length);

        CliRun run = validate(args);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("validate: 15 valid, 0 invalid, 0 not checked");
    }

    /**
     * The root "$schema" is set aside only when the root schema does not declare it: a schema that
     * lists it in properties (and requires it) or matches it with a patternProperties pattern gets it
     * validated like any member.
     */
    @Test
    void theRootSchemaKeyIsValidatedWhereTheRootSchemaDeclaresIt() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("keys"));
        Files.writeString(schemas.resolve("declared.schema.json"), """
        {"type": "object", "additionalProperties": false, "required": ["$schema", "name"],
         "properties": {"$schema": {"type": "string"}, "name": {"type": "string"}}}
        """);
        Files.writeString(schemas.resolve("patterned.schema.json"), """
        {"type": "object", "additionalProperties": false, "properties": {"name": {"type": "string"}},
         "patternProperties": {"^\\\\$": {"maxLength": 3}}}
        """);
        Files.writeString(schemas.resolve("plain.schema.json"), """
        {"type": "object", "additionalProperties": false, "properties": {"name": {"type": "string"}}}
        """);
        Path declared = Files.writeString(
                temp.resolve("declared.json"), "{\"$schema\": \"declared.schema.json\", \"name\": \"n\"}");
        Path patterned = Files.writeString(
                temp.resolve("patterned.json"), "{\"$schema\": \"patterned.schema.json\", \"name\": \"n\"}");
        Path plain =
                Files.writeString(temp.resolve("plain.json"), "{\"$schema\": \"plain.schema.json\", \"name\": \"n\"}");

        CliRun run = CliRun.of(
                "validate",
                "--schemas",
                schemas.toString(),
                declared.toString(),
                patterned.toString(),
                plain.toString());

        assertThat(run.out())
                .contains("valid: " + declared)
                .contains("valid: " + plain)
                .contains("invalid: " + patterned)
                .contains("/$schema: must have at most 3 characters");
        assertThat(run.err()).contains("validate: 2 valid, 1 invalid");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    }

    @Test
    void aRootThatRefersToTheDeclaringSchemaKeepsTheKey() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("refkeys"));
        Files.writeString(schemas.resolve("shared.schema.json"), """
        {"$id": "https://example.com/shared.schema.json",
         "$defs": {"Doc": {"type": "object", "additionalProperties": false, "required": ["$schema"],
           "properties": {"$schema": {"type": "string"}, "name": {"type": "string"}}}}}
        """);
        Files.writeString(schemas.resolve("local.schema.json"), """
        {"$ref": "#/$defs/Doc",
         "$defs": {"Doc": {"type": "object", "additionalProperties": false, "required": ["$schema"],
           "properties": {"$schema": {"type": "string"}, "name": {"type": "string"}}}}}
        """);
        Files.writeString(schemas.resolve("remote.schema.json"), """
        {"allOf": [{"$ref": "https://example.com/shared.schema.json#/$defs/Doc"}]}
        """);
        Path local =
                Files.writeString(temp.resolve("local.json"), "{\"$schema\": \"local.schema.json\", \"name\": \"n\"}");
        Path remote = Files.writeString(
                temp.resolve("remote.json"), "{\"$schema\": \"remote.schema.json\", \"name\": \"n\"}");

        CliRun run = CliRun.of("validate", "--schemas", schemas.toString(), local.toString(), remote.toString());

        assertThat(run.out()).contains("valid: " + local).contains("valid: " + remote);
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void violationsNameTheInstanceLocation() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.json"), """
        {"$schema": "jsonschema/control-bundle.schema.json", "name": "x",
         "control_parameters": [{"parameter": "p", "label": "", "type": "float", "unit": "u",
           "default": 1, "mappings": [], "colour": "red"}]}
        """);

        CliRun run = validate(bad.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + bad + " (control-bundle.schema.json)")
                .contains("/control_parameters/0/label")
                .contains("/control_parameters/0");
    }

    @Test
    void aFolderIsSearchedButNotItsUnderscoreFoldersUnlessNamed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("examples"));
        Files.writeString(
                folder.resolve("tone.json"),
                "{\"$schema\": \"jsonschema/tone.schema.json\", \"name\": \"t\", \"synth\": {}}");
        Path skipped = Files.createDirectories(folder.resolve("_skip"));
        Files.writeString(skipped.resolve("bad.json"), "{\"$schema\": \"jsonschema/tone.schema.json\"}");
        Files.createDirectories(folder.resolve("nested"));
        Files.writeString(
                folder.resolve("nested/tone.json"),
                "{\"$schema\": \"jsonschema/tone.schema.json\", \"name\": \"u\", \"synth\": {}}");

        CliRun run = validate(folder.toString());
        CliRun named = validate(skipped.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("validate: 2 valid, 0 invalid, 0 not checked, 1 set aside in _* folders");
        assertThat(run.out()).doesNotContain("_skip");
        assertThat(named.exitCode()).as(named.toString()).isEqualTo(1);
        assertThat(named.out()).contains("invalid: " + skipped.resolve("bad.json"));
    }

    @Test
    void schemaOptionOverridesAndMissingSchemaIsAUsageError() throws IOException {
        Path tone = Files.writeString(temp.resolve("tone.json"), "{\"name\": \"t\", \"synth\": {}}");

        assertThat(validate("--schema", "tone.schema.json", tone.toString()).exitCode())
                .isZero();
        CliRun missing = validate(tone.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("has no root \"$schema\"; pass --schema FILE");
        assertThat(validate("--schema", "nope.schema.json", tone.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void notJsonIsInvalidAndAMissingFileIsAUsageError() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"name\": ");

        CliRun run = validate("--schema", "tone.schema.json", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("not valid JSON");
        assertThat(validate(temp.resolve("absent.json").toString()).exitCode()).isEqualTo(2);

        Path trailing = Files.writeString(temp.resolve("trailing.json"), "{\"name\": \"n\"} trailing");
        CliRun garbage = validate("--schema", "tone.schema.json", trailing.toString());
        assertThat(garbage.exitCode()).as(garbage.toString()).isEqualTo(1);
        assertThat(garbage.out()).contains("not valid JSON");
    }

    @Test
    void aBadDateTimeIsInvalidWithItsPointerUnlessFormatAssertionsAreOff() throws IOException {
        // 2024-02-30 is no calendar day: a string, so only format assertion catches it.
        Path asset = Files.writeString(
                temp.resolve("late.json"),
                "{\"$schema\": \"synesthetic-asset.schema.json\", \"name\": \"n\", \"created_at\": \"2024-02-30T10:00:00Z\"}");
        Path good = Files.writeString(
                temp.resolve("good.json"),
                "{\"$schema\": \"synesthetic-asset.schema.json\", \"name\": \"n\", \"created_at\": \"2024-02-29T10:00:00+01:00\"}");

        CliRun run = validate(asset.toString(), good.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + asset + " (synesthetic-asset.schema.json)")
                .contains("/created_at: ")
                .contains("[format at synesthetic-asset.schema.json#/properties/created_at/format]")
                .contains("valid: " + good);
        assertThat(run.err()).contains("validate: 1 valid, 1 invalid, 0 not checked");

        CliRun lenient = validate("--no-format-assertions", asset.toString());
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.out()).contains("valid: " + asset);
    }

    @Test
    void explicitNullSurvivesTheRoundTrip() throws IOException {
        Path asset = Files.writeString(
                temp.resolve("asset.json"),
                "{\"$schema\": \"synesthetic-asset.schema.json\", \"name\": \"n\", \"tone\": null}");

        CliRun run = validate("--round-trip", asset.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void corporaTheRecordModelRefusesStillValidateAndGenerateValidatorsAlone() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("composed"));
        Files.writeString(schemas.resolve("payment.schema.json"), """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "$dynamicAnchor": "payment", "dependentRequired": {"card": ["billing"]},
         "properties": {"shape": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                        "card": {"type": "string"}, "billing": {"type": "string"},
                        "split": {"type": "array", "items": {"$dynamicRef": "#payment"}}}}
        """);
        Path instances = Files.createDirectories(temp.resolve("payments"));
        Path bad = Files.writeString(
                instances.resolve("bad.json"), "{\"$schema\": \"payment.schema.json\", \"card\": \"x\"}");
        Path good = Files.writeString(
                instances.resolve("good.json"),
                "{\"$schema\": \"payment.schema.json\", \"card\": \"x\", \"billing\": \"y\", \"shape\": 3}");
        Path output = temp.resolve("composed-out");

        CliRun records =
                CliRun.of("generate", "--schemas", schemas.toString(), "--output", output.toString(), "--package", "p");
        CliRun validate = CliRun.of("validate", "--schemas", schemas.toString(), bad.toString(), good.toString());
        CliRun alone = CliRun.of(
                "generate",
                "--schemas",
                schemas.toString(),
                "--output",
                output.toString(),
                "--package",
                "p",
                "--validators-only");
        CliRun clean = CliRun.of(
                "ensure-clean",
                "--schemas",
                schemas.toString(),
                "--output",
                output.toString(),
                "--package",
                "p",
                "--validators-only");

        assertThat(records.exitCode()).isEqualTo(3);
        assertThat(records.err()).contains("UNSUPPORTED_KEYWORD").contains("--validators-only");
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(1);
        assertThat(validate.out())
                .contains("invalid: " + bad)
                .contains("property 'billing' is required")
                .contains("valid: " + good);
        assertThat(alone.exitCode()).as(alone.toString()).isZero();
        assertThat(output.resolve("p/PaymentValidator.java")).isRegularFile();
        assertThat(output.resolve("p").toFile().list()).noneMatch(name -> name.equals("Payment.java"));
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
    }
}
