package dev.synesthetic.codegen.golden;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates every golden corpus and exits 0 when all bytes equal {@code golden/}, 1 otherwise.
 * {@link CrossJdkDeterminismTest} runs it in a separate JVM (another JDK, another locale).
 */
public final class GoldenCheck {
    private GoldenCheck() {}

    public static void main(String[] args) throws Exception {
        int differences = 0;
        for (GoldenCorpus corpus : GoldenCorpus.all()) {
            for (GeneratedFile file : new Generator().generate(corpus.config()).files()) {
                Path committed = corpus.goldenFolder().resolve(file.relativePath());
                if (!Files.isRegularFile(committed)
                        || !new String(Files.readAllBytes(committed), StandardCharsets.UTF_8).equals(file.content())) {
                    System.out.println("differs: " + corpus + " " + file.relativePath());
                    differences++;
                }
            }
        }
        System.out.println("java.version=" + System.getProperty("java.version") + " locale="
                + java.util.Locale.getDefault() + " differences=" + differences);
        System.exit(differences == 0 ? 0 : 1);
    }
}
