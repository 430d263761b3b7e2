package dev.synesthetic.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A hang is reported as one, for work on a thread and for a child process; what ends passes through. */
class HangGuardTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void theLimitIsMinutesNotSeconds() {
        assertThat(HangGuard.LIMIT).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void workThatEndsReturnsItsResult() {
        assertThat(HangGuard.end("adding", () -> 1 + 1)).isEqualTo(2);
    }

    @Test
    void workThatHangsFailsAsAHang() {
        assertThatThrownBy(() -> HangGuard.within(SHORT, "a sleeper", () -> {
                    Thread.sleep(120_000);
                    return null;
                }))
                .hasMessageStartingWith("hang guard: a sleeper did not end within 0 min 0 s; a hang");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // sleep and sh
    void aChildProcessThatHangsIsKilledAndFailsAsAHang() {
        ProcessBuilder sleeper = new ProcessBuilder(List.of("sleep", "120"));

        assertThatThrownBy(() -> HangGuard.run(sleeper, "sleep 120", SHORT))
                .hasMessageStartingWith("hang guard: sleep 120 did not end");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aChildProcessThatEndsGivesItsExitCodeAndOutput() throws Exception {
        ProcessBuilder echo = new ProcessBuilder(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

        HangGuard.Finished finished = HangGuard.run(echo, "echo");

        assertThat(finished.exitCode()).isEqualTo(3);
        assertThat(finished.output()).contains("out").contains("err");
    }
}
