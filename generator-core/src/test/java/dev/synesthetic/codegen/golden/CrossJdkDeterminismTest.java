package dev.synesthetic.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The golden output is byte-identical when generated on the other JDK installed beside the default
 * one (Temurin 25 here; {@code -Ddeterminism.jdk=...} points elsewhere) under a Turkish locale,
 * whose case rules ({@code I}/{@code ı}) break code that upper-cases with the default locale.
 */
class CrossJdkDeterminismTest {
  @Test
  void otherJdkAndTurkishLocaleGiveTheSameBytes() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("determinism.jdk", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
    assertThat(java).as("the second JDK used for the determinism check (set -Ddeterminism.jdk)").isExecutable();

    ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(),
        "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-9",
        "-Dproject.root=" + System.getProperty("project.root", ""),
        "-Dshared.dir=" + System.getProperty("shared.dir", ""),
        "-cp", System.getProperty("java.class.path"),
        GoldenCheck.class.getName()));
    builder.environment().put("LANG", "tr_TR.UTF-8");
    builder.environment().put("LC_ALL", "tr_TR.UTF-8");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(output).contains("java.version=25").contains("locale=tr_TR");
    assertThat(process.exitValue()).as(output).isZero();
  }
}
