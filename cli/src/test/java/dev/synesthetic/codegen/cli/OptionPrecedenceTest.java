package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flag over settings file over default, for every boolean option both ways: an unset flag falls
 * through to the settings file, {@code --X} and {@code --no-X} override it.
 */
class OptionPrecedenceTest {
    @TempDir
    Path temp;

    private Path schemas;

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("schemas"));
        // "minLenght" is an unknown keyword: a warning, or an error in strict mode.
        Files.writeString(schemas.resolve("a.schema.json"), """
        {"title": "A", "type": "object", "properties": {"x": {"type": "string", "minLenght": 2}}}
        """);
    }

    private Path settings(String json) throws IOException {
        return Files.writeString(temp.resolve("settings.json"), json);
    }

    private CliRun generate(Path settings, String... flags) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "generate",
                "--config",
                settings.toString(),
                "--schemas",
                schemas.toString(),
                "--output",
                temp.resolve("out").toString()));
        args.addAll(java.util.List.of(flags));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void noStrictOverridesASettingsFileStrictTrue() throws IOException {
        Path strict = settings("{\"strict\": true, \"package\": \"p\"}");

        CliRun fromSettings = generate(strict);
        CliRun overridden = generate(strict, "--no-strict");

        assertThat(fromSettings.exitCode()).as(fromSettings.toString()).isEqualTo(3);
        assertThat(overridden.exitCode()).as(overridden.toString()).isZero();
        assertThat(overridden.err()).contains("WARNING [UNKNOWN_KEYWORD]");
    }

    @Test
    void strictOverridesASettingsFileStrictFalse() throws IOException {
        CliRun run = generate(settings("{\"strict\": false, \"package\": \"p\"}"), "--strict");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    }

    @Test
    void noValidatorsOverridesTheSettingsFile() throws IOException {
        Path on = settings("{\"validators\": true, \"package\": \"p\"}");

        assertThat(generate(on).exitCode()).isZero();
        assertThat(temp.resolve("out/p/AValidator.java")).isRegularFile();
        CliRun off = generate(on, "--no-validators");
        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(temp.resolve("out/p/AValidator.java")).doesNotExist();
        assertThat(temp.resolve("out/p/A.java")).isRegularFile();
    }

    @Test
    void noValidatorsOnlyOverridesTheSettingsFile() throws IOException {
        Path only = settings("{\"validatorsOnly\": true, \"package\": \"p\"}");

        assertThat(generate(only).exitCode()).isZero();
        assertThat(temp.resolve("out/p/A.java")).doesNotExist();
        assertThat(generate(only, "--no-validators-only").exitCode()).isZero();
        assertThat(temp.resolve("out/p/A.java")).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"strict", "validators", "validators-only", "readers", "format-assertions"})
    void everyBooleanOptionIsNegatableOnGenerateAndEnsureClean(String name) {
        for (String command : new String[] {"generate", "ensure-clean"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.out()).as(command).contains("--[no-]" + name);
        }
    }
}
