package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator cache behind {@code validate}: a hit compiles nothing (counted through an injected
 * compiler), an unusable entry is rebuilt and never trusted, concurrent runs share one entry.
 */
class ValidatorCacheTest {
    @TempDir
    Path temp;

    private Path schemas;
    private Path cacheDir;
    private final AtomicInteger compilations = new AtomicInteger();
    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("thing.schema.json"), """
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
                 "mail": {"type": "string", "format": "email"}}, "exampel": 1}
                """);
        cacheDir = temp.resolve("cache");
    }

    private GeneratorConfig config() {
        return GeneratorConfig.builder(schemas, "com.example.things")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
    }

    private ValidatorSupply supply(ValidatorSupply.Compiler compiler) {
        return new ValidatorSupply(new ValidatorCache(cacheDir, notes::add), compiler, "test build", notes::add);
    }

    private CompiledValidators run(ValidatorSupply supply) throws CliFailure {
        GeneratorConfig config = config();
        return supply.get(config, () -> {
            try {
                return ValidatorSupply.Generated.sources(new Generator().generate(config));
            } catch (GenerationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private CompiledValidators run() throws CliFailure {
        return run(supply(files -> {
            compilations.incrementAndGet();
            return InMemoryCompiler.compile(files);
        }));
    }

    /** The number of violations the compiled validator of thing.schema.json finds in {@code value}. */
    private static int violations(CompiledValidators compiled, Object value) throws ReflectiveOperationException {
        Class<?> validator = compiled.loader().loadClass(compiled.validators().get("thing.schema.json"));
        return ((List<?>) validator.getMethod("validate", Object.class).invoke(null, value)).size();
    }

    private static void assertVerdictsRight(CompiledValidators compiled) throws ReflectiveOperationException {
        assertThat(violations(compiled, Map.of("name", "Ada"))).isZero();
        assertThat(violations(compiled, Map.of("name", 7))).isEqualTo(1);
        assertThat(violations(compiled, Map.of("name", "Ada", "mail", "not an address")))
                .isEqualTo(1);
    }

    private Path entry() throws IOException {
        try (Stream<Path> list = Files.list(cacheDir.resolve("validators"))) {
            List<Path> entries = list.toList();
            assertThat(entries).hasSize(1); // no temporary or retired folder left behind
            return entries.get(0);
        }
    }

    @Test
    void aCacheHitCompilesNothingAndKeepsTheWarnings() throws Exception {
        CompiledValidators first = run();
        CompiledValidators second = run();

        assertThat(compilations).hasValue(1);
        assertVerdictsRight(second);
        assertThat(second.warnings()).isEqualTo(first.warnings()).anyMatch(w -> w.contains("exampel"));
        assertThat(second.validators()).isEqualTo(first.validators());
        assertThat(notes).anyMatch(n -> n.contains("loaded from the cache"));
    }

    @Test
    void validatorsWrittenAsClassFilesCompileNothingAndAreCachedAsWritten() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(schemas, RuntimeSources.PACKAGE)
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        ValidatorSupply supply = supply(files -> {
            compilations.incrementAndGet();
            return InMemoryCompiler.compile(files);
        });
        ValidatorSupply.Generation written = () -> {
            try {
                return ValidatorSupply.Generated.written(
                        new Generator().modelValidators(config), RuntimeSources.PACKAGE);
            } catch (GenerationException e) {
                throw new IllegalStateException(e);
            }
        };

        ValidatorSupply.Supplied first = supply.supply(config, written);
        ValidatorSupply.Supplied second = supply.supply(config, written);

        assertThat(compilations).hasValue(0);
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.validators().classes().keySet()).containsExactly(RuntimeSources.PACKAGE + ".ThingValidator");
        assertThat(second.validators().classes().get(RuntimeSources.PACKAGE + ".ThingValidator"))
                .isEqualTo(first.validators().classes().get(RuntimeSources.PACKAGE + ".ThingValidator"));
        assertVerdictsRight(first.validators());
        assertVerdictsRight(second.validators());
    }

    /**
     * A cold {@code validate} caches exactly the class files the validator model gives written
     * directly: no javac ran (its class files would differ, their source file named for one).
     */
    @Test
    void aColdValidateCachesTheClassFilesWrittenFromTheModel() throws Exception {
        Path ada = Files.writeString(temp.resolve("ada.json"), "{\"name\": \"Ada\"}");
        CliRun run = CliRun.of(
                "validate",
                "--schemas",
                schemas.toString(),
                "--schema",
                "thing.schema.json",
                "--cache-dir",
                cacheDir.toString(),
                ada.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        GeneratorConfig config = GeneratorConfig.builder(schemas, RuntimeSources.PACKAGE)
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .formatAssertions(true)
                .build();
        Map<String, byte[]> written = java.util.Objects.requireNonNull(
                ValidatorSupply.Generated.written(new Generator().modelValidators(config), RuntimeSources.PACKAGE)
                        .classes());

        Path cached;
        try (Stream<Path> walk = Files.walk(entry().resolve("classes"))) {
            cached = walk.filter(p -> p.toString().endsWith("ThingValidator.class"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(java.util.Arrays.equals(
                        Files.readAllBytes(cached), written.get(RuntimeSources.PACKAGE + ".ThingValidator")))
                .as("the cached ThingValidator.class is the one written from the model")
                .isTrue();
    }

    @Test
    void onlyTheValidatorsAndTheirRuntimeAreCompiled() throws Exception {
        CompiledValidators compiled = run();

        List<String> allowed = new ArrayList<>(RuntimeClasses.VALIDATORS);
        allowed.addAll(RuntimeClasses.FORMATS);
        allowed.add("ThingValidator");
        assertThat(compiled.classes().keySet())
                .allSatisfy(name -> assertThat(allowed)
                        .contains(name.substring("com.example.things.".length()).replaceFirst("\\$.*", "")));
        assertThat(compiled.rootRecords()).isEmpty();
    }

    @Test
    void aClassFileWithOneByteFlippedIsRebuilt() throws Exception {
        run();
        Path classFile;
        try (Stream<Path> walk = Files.walk(entry().resolve("classes"))) {
            classFile = walk.filter(p -> p.toString().endsWith("ThingValidator.class"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(classFile);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(classFile, bytes);

        CompiledValidators rebuilt = run();

        assertThat(compilations).hasValue(2);
        assertThat(notes)
                .anyMatch(n -> n.contains("unusable")
                        && n.contains("the class file of ")
                        && n.contains(" does not match its digest"));
        assertVerdictsRight(rebuilt);
        assertVerdictsRight(run());
        assertThat(compilations).as("the rebuilt entry is sound").hasValue(2);
        entry();
    }

    @Test
    void aTruncatedManifestIsRebuilt() throws Exception {
        run();
        Path manifest = entry().resolve(CacheManifest.FILE);
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CompiledValidators rebuilt = run();

        assertThat(compilations).hasValue(2);
        assertThat(notes).anyMatch(n -> n.contains("unusable") && n.contains("not whole JSON"));
        assertVerdictsRight(rebuilt);
        run();
        assertThat(compilations).hasValue(2);
    }

    @Test
    void aMissingClassFileOrAStaleManifestIsRebuilt() throws Exception {
        run();
        Path manifest = entry().resolve(CacheManifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace("test build", "older build"));
        assertVerdictsRight(run());
        assertThat(notes).anyMatch(n -> n.contains("stale"));

        try (Stream<Path> walk = Files.walk(entry().resolve("classes"))) {
            Files.delete(walk.filter(p -> p.toString().endsWith("Violation.class"))
                    .findFirst()
                    .orElseThrow());
        }
        assertVerdictsRight(run());

        assertThat(compilations).hasValue(3);
        assertThat(notes).anyMatch(n -> n.contains("unusable (missing"));
    }

    @Test
    void twoRunsIntoAnEmptyCacheBothSucceedAndLeaveOneEntry() throws Exception {
        // Both runs compile before either stores: the race on the rename happens every time.
        CyclicBarrier bothCompiled = new CyclicBarrier(2);
        ValidatorSupply.Compiler racing = files -> {
            Map<String, byte[]> classes = InMemoryCompiler.compile(files);
            compilations.incrementAndGet();
            try {
                bothCompiled.await(5, TimeUnit.MINUTES); // a hang guard
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return classes;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<CompiledValidators> a = pool.submit(() -> run(supply(racing)));
            Future<CompiledValidators> b = pool.submit(() -> run(supply(racing)));
            assertVerdictsRight(a.get(10, TimeUnit.MINUTES));
            assertVerdictsRight(b.get(10, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }

        assertThat(compilations).hasValue(2);
        assertThat(notes).anyMatch(n -> n.contains("another run cached these validators first"));
        entry();
        assertVerdictsRight(run());
        assertThat(compilations).as("the winner's entry is sound").hasValue(2);
    }
}
