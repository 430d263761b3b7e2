package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} reads YAML (every document of a stream) and TOML as well as JSON, and points
 * violations into the document: JSON Pointer, and line and column where the parser gives them.
 */
class ValidateDocumentsTest {
    @TempDir
    Path temp;

    static Path fixtures() {
        try {
            return Path.of(ValidateDocumentsTest.class.getResource("/validate").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CliRun validate(String schema, String... rest) {
        String[] args = new String[rest.length + 5];
        args[0] = "validate";
        args[1] = "--schemas";
        args[2] = fixtures().resolve("schemas").toString();
        args[3] = "--schema";
        args[4] = schema;
        System.arraycopy(rest, 0, args, 5, rest.length);
        return CliRun.of(args);
    }

    static String instance(String name) {
        return fixtures().resolve("instances").resolve(name).toString();
    }

    @Test
    void aWorkflowLikeYamlIsValidAndItsViolationsCarryLines() {
        CliRun good = validate("workflow.schema.json", instance("workflow.yml"));
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(good.out()).contains("valid: " + instance("workflow.yml") + " (workflow.schema.json)");

        CliRun bad = validate("workflow.schema.json", instance("workflow-bad.yml"));
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out())
                .contains("invalid: " + instance("workflow-bad.yml"))
                .contains("/jobs/build/timeout-minutes: ")
                .contains("line 7, column 22")
                // YAML 1.2: yes is a string, not a boolean
                .contains("/jobs/build/continue-on-error: ")
                .contains("line 8, column 24")
                .contains("/jobs/build/steps/0: ");
    }

    @Test
    void composeAnchorsAliasesAndMergeKeysResolveAsValues() {
        CliRun good = validate("compose.schema.json", instance("compose.yaml"));
        assertThat(good.exitCode()).as(good.toString()).isZero();

        CliRun bad = validate("compose.schema.json", instance("compose-bad.yaml"));
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out())
                // merged from the anchor: located where the merge key brings it in
                .contains("/services/web/restart: ")
                .contains("/services/db/image: ")
                .contains("/services/db/environment/PORT: ")
                .contains("line 10, column 13");
    }

    @Test
    void aPyprojectLikeTomlIsValidAndItsDatesAreRfc3339Strings() {
        CliRun good = validate("pyproject.schema.json", instance("pyproject.toml"));
        assertThat(good.exitCode()).as(good.toString()).isZero();

        CliRun bad = validate("pyproject.schema.json", instance("pyproject-bad.toml"));
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out())
                .contains("/project/name: ")
                .contains("/project: ") // version is required
                // a local date-time has no offset: a string, but no RFC 3339 date-time
                .contains("/project/released: ")
                .contains("[format at pyproject.schema.json#/properties/project/properties/released/format]")
                .contains("/project/dependencies/1: ");
    }

    @Test
    void everyDocumentOfAYamlStreamIsCheckedAndNumbered() throws IOException {
        Path stream = Files.writeString(temp.resolve("services.yaml"), """
                services:
                  a: {image: nginx}
                ---
                services:
                  b: {image: 42}
                ---
                services: {}
                """);

        CliRun run = validate("compose.schema.json", stream.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("valid: " + stream + "#1 (compose.schema.json)")
                .contains("invalid: " + stream + "#2 (compose.schema.json)")
                .contains("/services/b/image: ")
                .contains("line 5, column 14")
                .contains("valid: " + stream + "#3 (compose.schema.json)");
        assertThat(run.err()).contains("validate: 2 valid, 1 invalid, 0 not checked");
    }

    @Test
    void aFolderIsSearchedForYamlAndTomlToo() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Files.writeString(folder.resolve("a.yml"), "services: {}\n");
        Files.writeString(folder.resolve("b.yaml"), "services: {}\n");
        Files.writeString(folder.resolve("c.toml"), "[services]\n");
        Files.writeString(folder.resolve("d.json"), "{\"services\": {}}");
        Files.writeString(folder.resolve("e.txt"), "not an instance");

        CliRun run = validate("compose.schema.json", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("validate: 4 valid, 0 invalid, 0 not checked");
    }

    @Test
    void aKeyThatIsNotAStringIsAnErrorNamingFileAndLine() throws IOException {
        Path doc = Files.writeString(temp.resolve("keys.yaml"), "services:\n  web: {image: x}\n  8080: {image: y}\n");
        Path quoted = Files.writeString(temp.resolve("quoted.yaml"), "services:\n  '8080': {image: y}\n");

        CliRun run = validate("compose.schema.json", doc.toString(), quoted.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + doc)
                .contains("not valid YAML: line 3, column 3: the key 8080 is not a string")
                .contains("valid: " + quoted);
    }

    @Test
    void duplicateKeysAreErrorsInYamlAndToml() throws IOException {
        Path yaml = Files.writeString(temp.resolve("dup.yaml"), "services: {}\nservices: {}\n");
        Path toml = Files.writeString(temp.resolve("dup.toml"), "[services]\n[services]\n");

        CliRun run = validate("compose.schema.json", yaml.toString(), toml.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + yaml)
                .contains("not valid YAML: line 2, column 1: duplicate key \"services\"")
                .contains("invalid: " + toml)
                .contains("not valid TOML: line 2, column ");
        assertThat(run.err()).contains("validate: 0 valid, 2 invalid, 0 not checked");
    }

    @Test
    void anAliasWithoutItsAnchorAndYamlInfinityAreRefusedButAHugeJsonNumberIsNot() throws IOException {
        Path alias = Files.writeString(temp.resolve("alias.yaml"), "services:\n  web: *nope\n");
        Path inf = Files.writeString(temp.resolve("inf.yaml"), "services: {}\nscale: .inf\n");
        Path huge = Files.writeString(temp.resolve("huge.json"), "{\"services\": {}, \"scale\": 1e400}");

        CliRun run = validate("compose.schema.json", alias.toString(), inf.toString(), huge.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("not valid YAML: line 2, column 8: alias *nope names no anchor before it")
                .contains("invalid: " + inf + "\n    not valid YAML: line 2, column 8: .inf is YAML's infinity;"
                        + " JSON, and so JSON Schema, has no such number")
                .contains("valid: " + huge); // a number past double's range is still a JSON number
    }

    @Test
    void aMapIdFolderThatDoesNotExistIsAUsageError() {
        CliRun run = validate(
                "compose.schema.json", "--map-id", "https://example.test/x/=no-such-folder", instance("compose.yaml"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-folder").contains("does not exist");
    }

    @Test
    void aliasExpansionIsBounded() throws IOException {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        bomb.append("services: {}\n");
        Path doc = Files.writeString(temp.resolve("laughs.yaml"), bomb);

        CliRun run = validate("compose.schema.json", doc.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("invalid: " + doc).contains("aliases repeat more than 100000 values");
    }

    @Test
    void badYamlAndTomlNameTheFileAndTheirSyntaxError() throws IOException {
        Path yaml = Files.writeString(temp.resolve("broken.yaml"), "services: [\n");
        Path toml = Files.writeString(temp.resolve("broken.toml"), "services = \n");

        CliRun run = validate("compose.schema.json", yaml.toString(), toml.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + yaml)
                .contains("not valid YAML: ")
                .contains("invalid: " + toml)
                .contains("not valid TOML: ");
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidAndAByteOrderMarkIsSkipped() throws IOException {
        Path latin = Files.write(temp.resolve("latin.yaml"), new byte[] {'s', ':', ' ', (byte) 0xE9, '\n'});
        Path bom = Files.writeString(temp.resolve("bom.json"), "\uFEFF{\"services\": {}}");

        CliRun run = validate("compose.schema.json", latin.toString(), bom.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + latin + "\n    not valid YAML: the file is not UTF-8 text")
                .contains("valid: " + bom);
    }

    @Test
    void jsonViolationsCarryLinesAndTwoJsonValuesAreNotOneDocument() throws IOException {
        Path json = Files.writeString(temp.resolve("c.json"), "{\"services\": {\n  \"a\": {\"image\": 1}}}");
        Path two = Files.writeString(temp.resolve("two.json"), "{\"services\": {}} {\"services\": {}}");

        CliRun run = validate("compose.schema.json", json.toString(), two.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("/services/a/image: ").contains("line 2, column 18");
        assertThat(run.out()).contains("invalid: " + two).contains("not valid JSON: ");
    }

    @Test
    void yaml12CoreSchemaTypesValuesAsKubernetesUsersExpect() throws IOException {
        // 1_000 is a string in YAML 1.2 (a number in 1.1): not an image name, and reported at its line
        Path doc = Files.writeString(temp.resolve("typed.yaml"), """
                services:
                  web:
                    image: nginx
                    ports: [0o17, "80"]
                    environment: {WORKERS: 1_000, DEBUG: yes}
                """);

        CliRun run = validate("compose.schema.json", doc.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("/services/web/ports/0: ") // 0o17 is the integer 15, not a string
                .contains("line 4, column 13")
                .doesNotContain("/services/web/environment/WORKERS")
                .doesNotContain("/services/web/environment/DEBUG");
    }

    @Test
    void customTagsComplexKeysAndTomlDuplicatesAreRefusedNamingFileAndLine() throws IOException {
        Path cfn = Files.writeString(temp.resolve("template.yaml"), "services:\n  web:\n    image: !Ref Image\n");
        Path complex = Files.writeString(temp.resolve("complex.yaml"), "services:\n  ? [a, b]\n  : {image: x}\n");
        Path toml = Files.writeString(
                temp.resolve("dup.toml"),
                "[services.web]\nimage = \"a\"\nimage = \"b\"\n\n[services.db]\nimage = \"c\"\n");

        CliRun run = validate("compose.schema.json", cfn.toString(), complex.toString(), toml.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("invalid: " + cfn + "\n    not valid YAML: line 3, column 12: the tag !Ref is not one of"
                        + " YAML 1.2's core tags")
                .contains("invalid: " + complex + "\n    not valid YAML: line 2, column 5: a key that is a sequence")
                .contains("invalid: " + toml + "\n    not valid TOML: line 3, column 1: duplicate key");
        assertThat(run.err()).contains("validate: 0 valid, 3 invalid, 0 not checked");
    }
}
