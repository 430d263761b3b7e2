package dev.synesthetic.codegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regenerates every golden corpus in memory and compares it byte for byte with {@code golden/}.
 * Re-bless after a deliberate generator change with {@code -Dgolden.update=true}, then review the
 * diff like code.
 */
class GoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<GoldenCorpus> corpora() {
        return GoldenCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void generatedOutputMatchesGolden(GoldenCorpus corpus) throws Exception {
        GenerationResult result = new Generator().generate(corpus.config());
        Path packageFolder = corpus.goldenFolder().resolve(corpus.packageName().replace('.', '/'));
        Map<String, String> expected = new TreeMap<>();
        for (GeneratedFile file : result.files()) {
            expected.put(file.relativePath(), file.content());
        }
        if (UPDATE) {
            bless(corpus.goldenFolder(), packageFolder, expected);
        }
        Map<String, String> actual = read(corpus.goldenFolder(), packageFolder);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            String committed = actual.get(file.getKey());
            if (committed == null) {
                problems.add("missing: " + file.getKey());
            } else if (!committed.equals(file.getValue())) {
                problems.add("differs: " + file.getKey() + firstDifference(committed, file.getValue()));
            }
        }
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> problems.add("orphan: " + p));
        assertThat(problems)
                .as(
                        "golden/ is stale for %s; if the change is intended, re-bless with"
                                + " mvn -pl generator-core test -Dtest=GoldenTest -Dgolden.update=true and review the diff",
                        corpus)
                .isEmpty();
    }

    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return " (line " + (i + 1) + ": golden '" + left + "', generated '" + right + "')";
            }
        }
        return "";
    }

    private static Map<String, String> read(Path root, Path packageFolder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(packageFolder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(packageFolder, 1)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void bless(Path root, Path packageFolder, Map<String, String> expected) throws IOException {
        for (String orphan : read(root, packageFolder).keySet()) {
            if (!expected.containsKey(orphan)) {
                Files.delete(root.resolve(orphan));
            }
        }
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
