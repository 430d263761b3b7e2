package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.provenance.Digests;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --cache-dir / --no-cache} from the command line: same verdicts cached or not. */
class ValidateCacheCommandTest {
    @TempDir
    Path temp;

    private Path schemas;
    private Path cacheDir;
    private Path valid;
    private Path invalid;

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("thing.schema.json"), """
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}},
                 "exampel": 1}
                """);
        valid = Files.writeString(temp.resolve("valid.json"), "{\"name\": \"Ada\"}");
        invalid = Files.writeString(temp.resolve("invalid.json"), "{\"name\": 7}");
        cacheDir = temp.resolve("cache");
    }

    private CliRun validate(String... options) {
        List<String> args = new java.util.ArrayList<>(
                List.of("validate", "--schemas", schemas.toString(), "--schema", "thing.schema.json", "--verbose"));
        args.addAll(List.of(options));
        args.add(valid.toString());
        args.add(invalid.toString());
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> withoutNotes(String err) {
        return err.lines()
                .filter(l -> !l.startsWith("validate: ") || l.contains(" valid, "))
                .toList();
    }

    @Test
    void aCachedRunGivesTheSameVerdictsAndWarnings() {
        CliRun cold = validate("--cache-dir", cacheDir.toString());
        CliRun warm = validate("--cache-dir", cacheDir.toString());

        assertThat(cold.exitCode()).as(cold.toString()).isEqualTo(ExitCodes.DRIFT);
        assertThat(cold.err()).contains("no cached validators", "validators cached at");
        assertThat(warm.err()).contains("validators loaded from the cache");
        assertThat(warm.exitCode()).isEqualTo(cold.exitCode());
        assertThat(warm.out()).isEqualTo(cold.out()).contains("invalid: ");
        assertThat(withoutNotes(warm.err())).isEqualTo(withoutNotes(cold.err())).anyMatch(l -> l.contains("exampel"));
    }

    @Test
    void aCorruptEntryIsRebuiltAndTheVerdictsStayRight() throws IOException {
        CliRun cold = validate("--cache-dir", cacheDir.toString());
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            for (Path classFile :
                    walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                byte[] bytes = Files.readAllBytes(classFile);
                bytes[bytes.length - 1] ^= 0x40;
                Files.write(classFile, bytes);
            }
        }

        CliRun rebuilt = validate("--cache-dir", cacheDir.toString());

        assertThat(rebuilt.err()).contains("is unusable", "rebuilding it");
        assertThat(rebuilt.exitCode()).isEqualTo(cold.exitCode());
        assertThat(rebuilt.out()).isEqualTo(cold.out());
        assertThat(validate("--cache-dir", cacheDir.toString()).err()).contains("loaded from the cache");
    }

    @Test
    void noCacheReadsAndWritesNothing() {
        CliRun run = validate("--cache-dir", cacheDir.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DRIFT);
        assertThat(cacheDir).doesNotExist();
        assertThat(run.err()).doesNotContain("cache");
    }

    @Test
    void twoConcurrentRunsIntoAnEmptyCacheBothSucceed() throws Exception {
        CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> validate("--cache-dir", cacheDir.toString()));
        CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> validate("--cache-dir", cacheDir.toString()));

        for (CliRun run : List.of(a.get(10, TimeUnit.MINUTES), b.get(10, TimeUnit.MINUTES))) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DRIFT);
            assertThat(run.err()).contains("validate: 1 valid, 1 invalid, 0 not checked");
        }
        try (Stream<Path> entries = Files.list(cacheDir.resolve("validators"))) {
            assertThat(entries.toList()).hasSize(1);
        }
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> entries = Files.list(cacheDir.resolve("validators"))) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @Test
    void anEntryHoldsTheValidatorsOnlyTheRuntimeIsTheJars() throws IOException {
        CliRun cold = validate("--cache-dir", cacheDir.toString());

        assertThat(cold.exitCode()).as(cold.toString()).isEqualTo(ExitCodes.DRIFT);
        try (Stream<Path> classes = Files.list(onlyEntry().resolve("classes"))) {
            assertThat(classes.map(p -> p.getFileName().toString()).toList())
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(name).startsWith(RuntimeSources.PACKAGE + ".ThingValidator"));
        }
    }

    @Test
    void anEntryOfTheFormerLayoutIsNeverRead() throws Exception {
        String userPackage = "dev.synesthetic.schema"; // the CLI's default package, which layout 1 compiled into
        CliRun cold = validate("--cache-dir", cacheDir.toString());
        Path current = onlyEntry();
        String currentKey = JsonTrees.parse(Files.readAllBytes(current.resolve(CacheManifest.FILE)))
                .get("key")
                .textValue();
        // Layout 1 keyed the user's package and stored the validators with a copy of the runtime in it.
        String formerKey = currentKey
                .replace("layout " + CacheKey.LAYOUT + "\n", "layout 1\n")
                .replace(
                        "option packageName=" + RuntimeSources.PACKAGE + "\n",
                        "option packageName=" + userPackage + "\n");
        assertThat(formerKey).contains("layout 1\n", "option packageName=" + userPackage + "\n");
        // compiled from a corpus that says the opposite (the name is an integer): a run that read it would say so
        Path opposite = Files.createDirectories(temp.resolve("opposite"));
        Files.writeString(opposite.resolve("thing.schema.json"), """
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "integer"}}}
                """);
        GenerationResult generated = new Generator()
                .generate(GeneratorConfig.builder(opposite, userPackage)
                        .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                        .formatAssertions(true)
                        .build());
        Map<String, byte[]> classes = InMemoryCompiler.compile(generated.files());
        assertThat(classes).containsKeys(userPackage + ".ThingValidator", userPackage + ".Violation");
        deleteTree(current);
        CacheKey former = new CacheKey(formerKey, Digests.of(formerKey.getBytes(StandardCharsets.UTF_8)));
        new ValidatorCache(cacheDir, note -> {}).store(former, CompiledValidators.of(generated, classes), false);
        Path formerEntry = onlyEntry();
        ObjectNode manifest = (ObjectNode) JsonTrees.parse(Files.readAllBytes(formerEntry.resolve(CacheManifest.FILE)));
        Files.writeString(formerEntry.resolve(CacheManifest.FILE), JsonTrees.write(manifest.put("layout", 1), true));
        byte[] formerManifest = Files.readAllBytes(formerEntry.resolve(CacheManifest.FILE));

        CliRun next = validate("--cache-dir", cacheDir.toString());

        assertThat(next.err()).contains("no cached validators", "validators cached at");
        assertThat(next.exitCode()).isEqualTo(cold.exitCode());
        assertThat(next.out()).isEqualTo(cold.out());
        assertThat(formerEntry.resolve(CacheManifest.FILE)).hasBinaryContent(formerManifest);
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Stands in for validators compiled against another build's runtime: every call to the runtime's
     * {@code required} now names a method this runtime lacks ({@code NoSuchMethodError} when it runs),
     * and the manifest's digest is updated so the entry passes its checks.
     */
    static void breakLinkage(Path entry) throws IOException {
        ObjectNode manifest = (ObjectNode) JsonTrees.parse(Files.readAllBytes(entry.resolve(CacheManifest.FILE)));
        ObjectNode digests = (ObjectNode) manifest.get("classes");
        for (String name : List.copyOf(iterable(digests.fieldNames()))) {
            Path classFile = entry.resolve("classes").resolve(name + ".class");
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            byte[] broken = bytes.replace("required", "requireX").getBytes(StandardCharsets.ISO_8859_1);
            Files.write(classFile, broken);
            digests.put(name, Digests.of(broken));
        }
        Files.writeString(entry.resolve(CacheManifest.FILE), JsonTrees.write(manifest, true));
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> all = new java.util.ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }

    @Test
    void anEntryWhoseClassesNoLongerLinkIsDroppedAndCompiledAgainInTheSameRun() throws IOException {
        CliRun cold = validate("--cache-dir", cacheDir.toString());
        breakLinkage(onlyEntry());

        CliRun rebuilt = validate("--cache-dir", cacheDir.toString());

        assertThat(rebuilt.err())
                .as(rebuilt.toString())
                .contains("validators loaded from the cache", "building them again");
        assertThat(rebuilt.exitCode()).as(rebuilt.toString()).isEqualTo(cold.exitCode());
        assertThat(rebuilt.out()).isEqualTo(cold.out()).doesNotContain("internal");
        assertThat(withoutNotes(rebuilt.err())).isEqualTo(withoutNotes(cold.err()));
        CliRun next = validate("--cache-dir", cacheDir.toString());
        assertThat(next.err()).contains("validators loaded from the cache").doesNotContain("building them again");
        assertThat(next.out()).isEqualTo(cold.out());
    }
}
