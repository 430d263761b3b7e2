package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shows a user: version, help, option checks and how much it prints. */
class CommandSurfaceTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "generate,--version",
        "generate,-V",
        "ensure-clean,-V",
        "ensure-clean,--version",
        "validate,-V",
        "validate,--version"
    })
    void everySubcommandPrintsTheVersion(String command, String flag) {
        CliRun run = CliRun.of(command, flag);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).as(run.toString()).containsPattern("^synesthetic-codegen \\d+\\.\\d+");
        assertThat(run.out()).isEqualTo(CliRun.of("--version").out());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "java", "java.lang", "java.util.concurrent", "com.example.true", "com.null.x", "com.class"})
    void reservedOrEmptyPackagesAreUsageErrorsNamingTheOption(String pkg) {
        CliRun run = CliRun.of(
                "generate",
                "--schemas",
                CliRun.synestheticSchemas().toString(),
                "--output",
                temp.resolve("out").toString(),
                "--package",
                pkg);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--package").doesNotContain("\tat ");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aReservedPackageInTheSettingsFileIsAUsageErrorNamingTheKey() throws IOException {
        Path settings = Files.writeString(temp.resolve("s.json"), "{\"package\": \"java.util\"}");

        CliRun run = CliRun.of(
                "ensure-clean",
                "--config",
                settings.toString(),
                "--schemas",
                CliRun.synestheticSchemas().toString(),
                "--output",
                temp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .contains("'package'")
                .contains(settings.toString())
                .contains("java");
    }

    @Test
    void packagesMerelyStartingWithJavaAreFine() {
        CliRun run = CliRun.of(
                "generate",
                "--schemas",
                CliRun.synestheticSchemas().toString(),
                "--output",
                temp.resolve("out").toString(),
                "--package",
                "javax.example",
                "--quiet");

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "ensure-clean", "validate"})
    void helpWrapsAtWordBoundariesWithinEightyColumns(String command) {
        CliRun help = CliRun.of(command, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().lines())
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        // A default value is never split across lines.
        assertThat(help.out()).contains("../shared/synesthetic-schemas/jsonschema");
        if (!command.equals("validate")) {
            assertThat(help.out()).contains("dev.synesthetic.schema");
        }
        // Lines break only at spaces: not after the dots or brackets inside a value or a flag.
        assertThat(help.out().lines())
                .noneMatch(line -> line.endsWith("dev.") || line.endsWith(" ..") || line.endsWith("[no-]"));
    }

    @Test
    void validateListsOnlyTheOptionsItUses() {
        String help = CliRun.of("validate", "--help").out();

        assertThat(help)
                .contains("--schemas")
                .contains("--config")
                .contains("--map-id")
                .contains("--default-draft")
                .contains("--[no-]strict")
                .contains("--round-trip")
                .contains("--no-format-assertions")
                .contains("--schema=");
        assertThat(help)
                .doesNotContain("--output")
                .doesNotContain("--validators")
                .doesNotContain("--readers")
                .doesNotContain("--jackson")
                .doesNotContain("--package")
                .doesNotContain("--quiet")
                .doesNotContainPattern("--(\\[no-\\])?format-assertions");
    }

    @Test
    void generateQuietPrintsOnlyWarningsAndErrors() throws IOException {
        CliRun quiet = CliRun.of(
                "generate",
                "--schemas",
                CliRun.synestheticSchemas().toString(),
                "--output",
                temp.resolve("out").toString(),
                "--quiet");
        CliRun q = CliRun.of(
                "generate",
                "--schemas",
                CliRun.synestheticSchemas().toString(),
                "--output",
                temp.resolve("out2").toString(),
                "-q");

        assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
        assertThat(quiet.out()).isEmpty();
        // Warnings are diagnostics, not progress: they stay.
        assertThat(quiet.err()).doesNotContain("generate:").contains("WARNING [UNKNOWN_KEYWORD]");
        assertThat(temp.resolve("out/dev/synesthetic/schema/Tone.java")).isRegularFile();
        assertThat(q.exitCode()).isZero();
        assertThat(q.out()).isEmpty();
        assertThat(q.err()).doesNotContain("generate:");

        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("b.schema.json"), "{\"type\": ");
        CliRun failing = CliRun.of(
                "generate",
                "--schemas",
                broken.toString(),
                "--output",
                temp.resolve("o3").toString(),
                "-q");
        assertThat(failing.exitCode()).isEqualTo(3);
        assertThat(failing.err()).contains("MALFORMED_JSON").contains("nothing was written");
    }

    @Test
    void ensureCleanQuietStillPrintsTheResult() throws IOException {
        Path out = temp.resolve("out");
        String schemas = CliRun.synestheticSchemas().toString();
        assertThat(CliRun.of("generate", "--schemas", schemas, "--output", out.toString(), "-q")
                        .exitCode())
                .isZero();

        CliRun clean = CliRun.of("ensure-clean", "--schemas", schemas, "--output", out.toString(), "--quiet");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.err()).doesNotContain("ensure-clean:");

        Files.writeString(out.resolve("dev/synesthetic/schema/Tone.java"), "// edited\n");
        CliRun drift =
                CliRun.of("ensure-clean", "--schemas", schemas, "--output", out.toString(), "-q", "--color", "never");
        assertThat(drift.exitCode()).isEqualTo(1);
        assertThat(drift.out()).contains("Tone.java");
        assertThat(drift.err()).doesNotContain("ensure-clean:");
    }
}
