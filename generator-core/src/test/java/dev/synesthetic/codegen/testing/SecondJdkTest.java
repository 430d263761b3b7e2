package dev.synesthetic.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One setting for the second JDK, read alike by the Maven tests ({@link SecondJdk}) and the
 * determinism script ({@code .ci/second-jdk.sh}): found, it is used; missing, outside CI the checks
 * are skipped with one WARNING line, under {@code CI=true} they fail.
 */
class SecondJdkTest {
    private static final String MISSING = "/nonexistent/jdk-25";
    private static final String THIS_JDK = System.getProperty("java.home");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream warnings = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void usesTheJdkTheSettingNames() {
        assertThat(SecondJdk.java(Map.of(SecondJdk.VARIABLE, THIS_JDK), warnings))
                .isEqualTo(Path.of(THIS_JDK, "bin", "java"));
        assertThat(printed.size()).isZero();
    }

    @Test
    void withoutOneOutsideCiTheCheckIsSkippedWithAWarning() {
        assertThatThrownBy(() -> SecondJdk.java(Map.of(SecondJdk.VARIABLE, MISSING, "CI", "false"), warnings))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("no JDK at " + MISSING)
                .hasMessageContaining("SKIPPED")
                .hasMessageContaining("DETERMINISM_JDK");
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("WARNING: no JDK at " + MISSING
                        + ": cross-JDK determinism checks SKIPPED (set DETERMINISM_JDK to a JDK 25 home)");
    }

    @Test
    void withoutOneInCiTheCheckFails() {
        assertThatThrownBy(() -> SecondJdk.java(Map.of(SecondJdk.VARIABLE, MISSING, "CI", "true"), warnings))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("no JDK at " + MISSING)
                .hasMessageContaining("CI=true");
        assertThat(printed.size()).isZero();
    }

    @Test
    void theScriptHasTheSameDefault() throws Exception {
        assertThat(Files.readString(script())).contains("${DETERMINISM_JDK:-" + SecondJdk.DEFAULT + "}");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theScriptUsesTheJdkTheSettingNames() throws Exception {
        assertThat(runScript(THIS_JDK, "false")).isEqualTo(List.of("exit 0, java " + Path.of(THIS_JDK, "bin", "java")));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void withoutOneOutsideCiTheScriptSkipsWithOneWarningLine() throws Exception {
        List<String> lines = runScript(MISSING, "false");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("WARNING: no JDK at " + MISSING + ": cross-JDK determinism checks SKIPPED");
        assertThat(lines.get(1)).isEqualTo("exit 0, java ");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void withoutOneInCiTheScriptFails() throws Exception {
        List<String> lines = runScript(MISSING, "true");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("no JDK at " + MISSING).contains("CI=true");
        assertThat(lines.get(1)).isEqualTo("exit 2, java ");
    }

    private static Path script() {
        return Locations.projectRoot().resolve(".ci/second-jdk.sh");
    }

    /** Output lines (stderr and stdout as they come), then the function's exit code and what it printed on stdout. */
    private static List<String> runScript(String jdk, String ci) throws Exception {
        ProcessBuilder bash = new ProcessBuilder(
                "bash",
                "-c",
                "source \"$1\"; java=$(second_jdk_java); echo \"exit $?, java $java\"",
                "bash",
                script().toString());
        bash.environment().put(SecondJdk.VARIABLE, jdk);
        bash.environment().put("CI", ci);
        return HangGuard.run(bash, "second-jdk.sh").output().lines().toList();
    }
}
