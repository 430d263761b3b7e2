package dev.synesthetic.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.testing.HangGuard;
import dev.synesthetic.codegen.testing.SecondJdk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden output is byte-identical when generated on the second JDK installed beside the
 * default one ({@link SecondJdk}: Temurin 25 here, {@code DETERMINISM_JDK} points elsewhere) under
 * a Turkish locale, whose case rules ({@code I}/{@code ı}) break code that upper-cases with the
 * default locale.
 */
class CrossJdkDeterminismTest {
    @Test
    void otherJdkAndTurkishLocaleGiveTheSameBytes() throws Exception {
        Path java = SecondJdk.java();

        ProcessBuilder builder = new ProcessBuilder(List.of(
                java.toString(),
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-9",
                "-Dproject.root=" + System.getProperty("project.root", ""),
                "-Dshared.dir=" + System.getProperty("shared.dir", ""),
                "-cp",
                System.getProperty("java.class.path"),
                GoldenCheck.class.getName()));
        builder.environment().put("LANG", "tr_TR.UTF-8");
        builder.environment().put("LC_ALL", "tr_TR.UTF-8");
        HangGuard.Finished check = HangGuard.run(builder, "the golden check on " + java);

        assertThat(check.output()).contains("java.version=25").contains("locale=tr_TR");
        assertThat(check.exitCode()).as(check.output()).isZero();
    }
}
