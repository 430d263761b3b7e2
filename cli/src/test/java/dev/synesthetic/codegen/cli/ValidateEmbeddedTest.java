package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.runtime.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} where the runtime is not on {@code java.class.path}: the CLI in a host's class
 * loader ({@link EmbeddedRun}). javac then finds the runtime where its classes were loaded from.
 */
class ValidateEmbeddedTest {
    @TempDir
    Path temp;

    @Test
    void validateWorksWhenTheCliIsLoadedByAHostsClassLoader() throws IOException, InterruptedException {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("thing.schema.json"), """
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
                """);
        Path ada = Files.writeString(temp.resolve("ada.json"), "{\"name\": \"Ada\"}");
        Path seven = Files.writeString(temp.resolve("seven.json"), "{\"name\": 7}");
        Path hostClasses = Path.of(EmbeddedRun.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());

        CliRun run = CliProcess.program(
                temp,
                "",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                hostClasses.toString(),
                EmbeddedRun.class.getName(),
                System.getProperty("java.class.path"),
                "validate",
                "--schemas",
                schemas.toString(),
                "--schema",
                "thing.schema.json",
                "--no-cache",
                ada.toString(),
                seven.toString());

        assertThat(hostClasses.toString())
                .doesNotContain(Violation.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DRIFT);
        assertThat(run.out()).contains("valid: " + ada, "invalid: " + seven, "/name: must be string");
        assertThat(run.err()).contains("validate: 1 valid, 1 invalid").doesNotContain("internal");
    }
}
