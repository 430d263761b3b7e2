package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, one row each: the documented exit code, a short message naming the problem (no stack
 * trace), and nothing lost: the output folder is exactly as it was.
 */
class BadInputTest {
    @TempDir
    static Path temp;

    private static final String SCHEMA = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
            + "\"$id\": \"https://example.com/%s.schema.json\", \"type\": \"object\", \"properties\": {%s}}";

    record Case(String name, int exitCode, String message, Map<String, byte[]> files) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case schema(String name, int exit, String message, String properties) {
        return new Case(
                name,
                exit,
                message,
                Map.of("a.schema.json", SCHEMA.formatted("a", properties).getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<Case> cases() {
        byte[] latin1 =
                SCHEMA.formatted("a", "\"caf\u00e9\": {\"type\": \"string\"}").getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                new Case(
                        "malformed JSON",
                        3,
                        "[MALFORMED_JSON] a.schema.json#",
                        Map.of("a.schema.json", "{\"type\": ".getBytes(StandardCharsets.UTF_8))),
                new Case("not UTF-8", 3, "[MALFORMED_JSON] a.schema.json#", Map.of("a.schema.json", latin1)),
                schema(
                        "unresolvable $ref",
                        3,
                        "[UNRESOLVABLE_REF] a.schema.json#/properties/x/$ref",
                        "\"x\": {\"$ref\": \"#/$defs/Nope\"}"),
                schema(
                        "remote $ref",
                        3,
                        "no schema in the corpus declares $id https://remote.example.org/x.json",
                        "\"x\": {\"$ref\": \"https://remote.example.org/x.json\"}"),
                schema(
                        "escaping $ref",
                        3,
                        "[REF_OUTSIDE_CORPUS] a.schema.json#/properties/x/$ref",
                        "\"x\": {\"$ref\": \"../../elsewhere.schema.json\"}"),
                new Case(
                        "duplicate $id",
                        3,
                        "[DUPLICATE_ID] b.schema.json#/$id",
                        Map.of(
                                "a.schema.json", SCHEMA.formatted("a", "").getBytes(StandardCharsets.UTF_8),
                                "b.schema.json", SCHEMA.formatted("a", "").getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badCorpusExitsWithItsCodeAndLosesNothing(Case bad) throws IOException {
        Path schemas =
                Files.createDirectories(temp.resolve("schemas-" + bad.name().replaceAll("\\W", "")));
        for (Map.Entry<String, byte[]> file : bad.files().entrySet()) {
            Files.write(schemas.resolve(file.getKey()), file.getValue());
        }
        Path output = existingOutput("out-" + bad.name().replaceAll("\\W", ""));
        Map<String, String> before = TreeHash.of(output);

        CliRun run =
                CliRun.of("generate", "--schemas", schemas.toString(), "--output", output.toString(), "--package", "p");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(bad.exitCode());
        assertThat(run.err()).contains(bad.message()).doesNotContain("\tat ").contains("nothing was written");
        assertThat(TreeHash.of(output)).isEqualTo(before);
    }

    private static Path existingOutput(String name) throws IOException {
        Path output = Files.createDirectories(temp.resolve(name).resolve("p"));
        Files.writeString(output.resolve("Mine.java"), "package p;\nclass Mine {}\n");
        return output.getParent();
    }

    /** A mistyped --schemas is the user's (exit 2, the folder named), never an I/O failure or a corpus error. */
    @Test
    void missingSchemaFolderIsAUsageErrorNamingTheFolderForEveryCommand() throws IOException {
        String nowhere = temp.resolve("nowhere").toString();
        Path output = Files.createDirectories(temp.resolve("typo-out"));
        Path instance = Files.writeString(temp.resolve("typo-instance.json"), "{}");
        List<CliRun> runs = List.of(
                CliRun.of("generate", "--schemas", nowhere, "--output", output.toString()),
                CliRun.of("ensure-clean", "--schemas", nowhere, "--output", output.toString()),
                CliRun.of("validate", "--schemas", nowhere, "--schema", "a.schema.json", instance.toString()));
        for (CliRun run : runs) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err())
                    .as(run.toString())
                    .contains("error: schema folder " + nowhere + " does not exist")
                    .contains("--schemas")
                    .doesNotContain("error(s) in the schemas");
        }
        Path file = Files.writeString(temp.resolve("schemas-file.json"), "{}");
        CliRun aFile = CliRun.of("generate", "--schemas", file.toString(), "--output", output.toString());
        assertThat(aFile.exitCode()).as(aFile.toString()).isEqualTo(2);
        assertThat(aFile.err()).contains(file + " is a file, not a folder");
    }

    @Test
    void unreadableSchemaIsAnIoError() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("dangling"));
        Files.createSymbolicLink(schemas.resolve("gone.schema.json"), schemas.resolve("missing-target.json"));

        CliRun run = CliRun.of(
                "generate",
                "--schemas",
                schemas.toString(),
                "--output",
                temp.resolve("o2").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err())
                .contains("[CORPUS_IO] gone.schema.json#")
                .contains("cannot read the file")
                .contains("cannot read the schemas at " + schemas)
                .doesNotContain("error(s) in the schemas");
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("bom"));
        byte[] body = SCHEMA.formatted("a", "\"x\": {\"type\": \"string\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(schemas.resolve("a.schema.json"), withBom);

        assertThat(CliRun.of(
                                "generate",
                                "--schemas",
                                schemas.toString(),
                                "--output",
                                temp.resolve("o3").toString(),
                                "--package",
                                "p")
                        .exitCode())
                .isZero();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("generate", "--ouput", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("error: Unknown options: '--ouput'")
                .contains("Possible solutions: --output")
                .contains("Run 'synesthetic-codegen generate --help' for the options.")
                .doesNotContain("Usage:");
    }

    @Test
    void handWrittenFilesSurviveGenerateAndHandEditsAreOverwritten() throws IOException {
        Path output = existingOutput("keep");
        String schemas = CliRun.synestheticSchemas().toString();
        CliRun first = CliRun.of("generate", "--schemas", schemas, "--output", output.toString());
        assertThat(first.exitCode()).isZero();
        Path tone = output.resolve("dev/synesthetic/schema/Tone.java");
        String generated = Files.readString(tone);
        Files.writeString(tone, generated + "// hand edit\n");

        CliRun second = CliRun.of("generate", "--schemas", schemas, "--output", output.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo("wrote dev/synesthetic/schema/Tone.java\n");
        assertThat(Files.readString(tone)).isEqualTo(generated);
        assertThat(output.resolve("p/Mine.java")).hasContent("package p;\nclass Mine {}");
    }

    @Test
    void aHandWrittenFileInTheGeneratedPackageSurvivesAndOneAtAGeneratedPathStopsGenerate() throws IOException {
        Path output = existingOutput("foreign");
        String schemas = CliRun.synestheticSchemas().toString();
        assertThat(CliRun.of("generate", "--schemas", schemas, "--output", output.toString())
                        .exitCode())
                .isZero();
        Path pkg = output.resolve("dev/synesthetic/schema");
        Files.writeString(pkg.resolve("Helpers.java"), "package dev.synesthetic.schema;\nclass Helpers {}\n");
        Files.writeString(pkg.resolve("Tone.java"), "package dev.synesthetic.schema;\nclass Tone { /* mine */ }\n");
        Files.writeString(pkg.resolve("Shader.java"), Files.readString(pkg.resolve("Shader.java")) + "// hand edit\n");
        Map<String, String> before = TreeHash.of(output);

        CliRun run = CliRun.of("generate", "--schemas", schemas, "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err())
                .contains("dev/synesthetic/schema/Tone.java would be generated, but the file there was not generated")
                .contains("Nothing was written")
                .doesNotContain("\tat ");
        assertThat(TreeHash.of(output)).isEqualTo(before);

        Files.delete(pkg.resolve("Tone.java"));
        CliRun again = CliRun.of("generate", "--schemas", schemas, "--output", output.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(pkg.resolve("Helpers.java")).hasContent("package dev.synesthetic.schema;\nclass Helpers {}");
    }

    @Test
    void anIoErrorSaysWhatFailedAndWhyAndVerboseAddsTheStackTrace() throws IOException {
        Path output = Files.createDirectories(temp.resolve("blocked"));
        Files.writeString(output.resolve("dev"), "a file where the package folder must go");
        String schemas = CliRun.synestheticSchemas().toString();

        CliRun plain = CliRun.of("generate", "--schemas", schemas, "--output", output.toString());
        CliRun verbose = CliRun.of("generate", "--schemas", schemas, "--output", output.toString(), "--verbose");

        assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(4);
        assertThat(plain.err())
                .contains("error: cannot write to " + output)
                .contains("Not a directory")
                .doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(4);
        assertThat(verbose.err()).contains("FileSystemException").contains("\tat ");
        assertThat(output.resolve("dev")).hasContent("a file where the package folder must go");
    }

    @Test
    void anOutputFolderInsideTheSchemaFolderIsAUsageError() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("corpus-with-output"));
        Files.writeString(schemas.resolve("a.schema.json"), SCHEMA.formatted("a", "\"x\": {\"type\": \"string\"}"));
        Map<String, String> before = TreeHash.of(schemas);

        CliRun generate = CliRun.of(
                "generate",
                "--schemas",
                schemas.toString(),
                "--output",
                schemas.resolve("java").toString(),
                "--package",
                "p");
        CliRun check = CliRun.of(
                "ensure-clean", "--schemas", schemas.toString(), "--output", schemas.toString(), "--package", "p");

        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(2);
        assertThat(generate.err())
                .contains("is inside the schema folder")
                .contains("generate into a folder outside it");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(TreeHash.of(schemas)).isEqualTo(before);
    }

    @Test
    void unknownKeywordsWarnButStrictRefusesThemFromTheFlagOrTheSettingsFile() throws IOException {
        Path schemas = Files.createDirectories(temp.resolve("unknown-keywords"));
        Files.writeString(
                schemas.resolve("a.schema.json"),
                SCHEMA.formatted("a", "\"x\": {\"type\": \"string\", \"minLenght\": 2, \"x-ui\": \"wide\"}"));
        Path output = existingOutput("out-strict");
        Map<String, String> before = TreeHash.of(output);

        CliRun lenient = CliRun.of(
                "generate",
                "--schemas",
                schemas.toString(),
                "--output",
                temp.resolve("out-lenient").toString(),
                "--package",
                "p");
        CliRun strict = CliRun.of(
                "generate",
                "--schemas",
                schemas.toString(),
                "--output",
                output.toString(),
                "--package",
                "p",
                "--strict");
        Path settings = Files.writeString(temp.resolve("strict-settings.json"), "{\"strict\": true}");
        CliRun fromSettings = CliRun.of(
                "generate",
                "--config",
                settings.toString(),
                "--schemas",
                schemas.toString(),
                "--output",
                output.toString(),
                "--package",
                "p");

        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.err())
                .contains("WARNING [UNKNOWN_KEYWORD] a.schema.json#/properties/x/minLenght")
                .contains("Did you mean 'minLength'?")
                .doesNotContain("x-ui");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(3);
        assertThat(strict.err())
                .contains("ERROR [UNKNOWN_KEYWORD] a.schema.json#/properties/x/minLenght")
                .doesNotContain("x-ui");
        assertThat(fromSettings.exitCode()).as(fromSettings.toString()).isEqualTo(3);
        assertThat(TreeHash.of(output)).isEqualTo(before);
    }

    @Test
    void settingsFileSuppliesTheOptions() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path settings = project.resolve("synesthetic-codegen.json");
        Files.writeString(
                settings, """
        {"schemas": "%s", "output": "src/main/java", "package": "com.example.model"}
        """.formatted(CliRun.synestheticSchemas().toString().replace("\\", "\\\\")));

        CliRun generate = CliRun.of("generate", "--config", settings.toString());
        CliRun check = CliRun.of("ensure-clean", "--config", settings.toString());

        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        assertThat(project.resolve("src/main/java/com/example/model/Tone.java")).isRegularFile();
        assertThat(check.exitCode()).isZero();

        Files.writeString(settings, "{\"schemas\": \"x\", \"pakage\": \"typo\"}");
        CliRun typo = CliRun.of("generate", "--config", settings.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown key 'pakage'");
    }
}
