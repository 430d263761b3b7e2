package dev.synesthetic.codegen.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The second JDK the cross-JDK determinism checks run on: {@value #VARIABLE}, else {@value #DEFAULT}
 * — the one setting {@code .ci/second-jdk.sh} reads for {@code .ci/determinism.sh} too. Without
 * one, outside CI the calling test is skipped after one WARNING line; under {@code CI=true} it fails.
 */
public final class SecondJdk {
    public static final String VARIABLE = "DETERMINISM_JDK";
    public static final String DEFAULT = "/usr/lib/jvm/temurin-25-jdk-amd64";

    private SecondJdk() {}

    /** The second JDK's {@code bin/java}; skips (outside CI) or fails (CI) the calling test when there is none. */
    public static Path java() {
        return java(System.getenv(), System.err);
    }

    static Path java(Map<String, String> environment, PrintStream warnings) {
        Path home = Path.of(environment.getOrDefault(VARIABLE, DEFAULT));
        Path java = home.resolve("bin").resolve("java");
        if (Files.isExecutable(java)) {
            return java;
        }
        if ("true".equals(environment.get("CI"))) {
            return fail("no JDK at " + home + ", and CI=true: the cross-JDK checks cannot be skipped in CI; set "
                    + VARIABLE + " to a JDK 25 home");
        }
        String warning =
                "no JDK at " + home + ": cross-JDK determinism checks SKIPPED (set " + VARIABLE + " to a JDK 25 home)";
        warnings.println("WARNING: " + warning);
        return Assumptions.abort(warning);
    }
}
