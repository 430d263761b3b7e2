package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.provenance.Digests;
import dev.synesthetic.codegen.runtime.Violation;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;

/**
 * What a cache entry depends on, as text (one fact a line), and the text's SHA-256, which names the
 * entry's folder: the kind of entry (compiled validators, or generated files: the two never share a
 * key), the cache layout, the generator build (the content of its jars), the JDK feature
 * version (javac's output targets it), every {@link GeneratorConfig} setting but the folder's path,
 * and the bytes of every file the generator reads (the corpus's {@code *.json}, {@code ../version.json},
 * the {@code $id}-mapped library folders). Any change gives another key: a stale entry is never found.
 */
record CacheKey(String text, String digest) {
    /**
     * Bumped when the entry layout or what the key covers changes. 2: validators alone hold only their
     * own classes, the runtime's come from this jar (1 held a copy of the runtime too). 3: keys name
     * their kind, and the generator build covers the libraries that shape the emitted text.
     */
    static final int LAYOUT = 3;

    /** The key of compiled validators ({@link ValidatorCache}). */
    static CacheKey of(GeneratorConfig config, String generator) throws IOException {
        return of("validators", config, generator);
    }

    /**
     * The key of generated files ({@link GenerationCache}). The same facts: the generator's output
     * depends on nothing else (not on where the corpus or the output lives: diagnostics name schema
     * files relative to the corpus, and the drift check reads the output itself).
     */
    static CacheKey forGeneration(GeneratorConfig config, String generator) throws IOException {
        return of("generation", config, generator);
    }

    /** Makes a key; fails when a file it covers cannot be read. */
    @FunctionalInterface
    interface Maker {
        CacheKey make() throws IOException;
    }

    /**
     * The key, or none (noted) when a file it covers cannot be read: nothing is then cached, and the
     * generator reports the file as it would uncached.
     *
     * @param what what is not cached then, for the note
     */
    static Optional<CacheKey> orNote(Maker maker, String what, Consumer<String> note) {
        try {
            return Optional.of(maker.make());
        } catch (IOException | RuntimeException e) {
            note.accept("the " + what + " are not cached: " + e);
            return Optional.empty();
        }
    }

    private static CacheKey of(String kind, GeneratorConfig config, String generator) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("layout ").append(LAYOUT).append('\n');
        text.append("kind ").append(kind).append('\n');
        text.append("generator ").append(generator).append('\n');
        text.append("jdk ").append(Runtime.version().feature()).append('\n');
        for (RecordComponent component : GeneratorConfig.class.getRecordComponents()) {
            if (!component.getName().equals("schemaFolder")) { // where the corpus lives is not what it says
                text.append("option ")
                        .append(component.getName())
                        .append('=')
                        .append(value(component, config))
                        .append('\n');
            }
        }
        Path root = config.schemaFolder().toAbsolutePath().normalize();
        files(text, "schema ", root);
        Path parentVersion = root.resolveSibling("version.json");
        if (Files.isRegularFile(parentVersion)) {
            text.append("schema ../version.json ")
                    .append(Digests.of(Files.readAllBytes(parentVersion)))
                    .append('\n');
        }
        for (Map.Entry<String, Path> mapping : config.idPrefixes().entrySet()) {
            Path folder = root.resolve(mapping.getValue()).toAbsolutePath().normalize();
            if (!folder.startsWith(root) && Files.isDirectory(folder)) {
                files(text, "library " + mapping.getKey() + " ", folder);
            }
        }
        String all = text.toString();
        return new CacheKey(all, Digests.of(all.getBytes(StandardCharsets.UTF_8)));
    }

    private static Object value(RecordComponent component, GeneratorConfig config) {
        try {
            return component.getAccessor().invoke(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record accessor is public: " + component, e);
        }
    }

    /** Every {@code *.json} below {@code folder} (a superset of what the loader reads), by relative path. */
    private static void files(StringBuilder text, String label, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json") && !Files.isDirectory(p))
                    .sorted((a, b) ->
                            CorpusLoader.relativePath(folder, a).compareTo(CorpusLoader.relativePath(folder, b)))
                    .toList();
        }
        for (Path file : files) {
            text.append(label)
                    .append(CorpusLoader.relativePath(folder, file))
                    .append(' ')
                    .append(Digests.of(Files.readAllBytes(file)))
                    .append('\n');
        }
    }

    /**
     * This generator build: its version, and the content of the jars (or class folders) of {@link
     * #buildLocations()}, so a rebuilt snapshot is a new generator even when the build pins the jar's
     * size and time. Empty when a jar cannot be read: no key is then bound to the build's content, so
     * nothing is cached.
     */
    static Optional<String> thisGenerator() {
        Optional<Set<Path>> locations = buildLocations();
        if (locations.isEmpty()) {
            return Optional.empty();
        }
        try {
            StringBuilder build = new StringBuilder(version());
            for (Path location : locations.get()) {
                build.append(' ').append(build(location));
            }
            return Optional.of(build.toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the generator, its runtime (cached validators link against it) and the libraries that shape
     * the emitted text come from: JavaPoet writes the Java, Jackson reads the schemas and writes the
     * manifest. One jar in the dist (they are shaded into it), several in a build's class path. Empty
     * when one of them is not a file.
     */
    static Optional<Set<Path>> buildLocations() {
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> part :
                List.of(Generator.class, Violation.class, JavaFile.class, ObjectMapper.class, JsonFactory.class)) {
            Optional<Path> location = InMemoryCompiler.location(part);
            if (location.isEmpty()) {
                return Optional.empty();
            }
            locations.add(location.get());
        }
        return Optional.of(locations);
    }

    private static String version() {
        try {
            return Main.Version.number();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * A 64-bit fingerprint of a jar's central directory (every entry's name, CRC-32, size and time,
     * read as one block: nothing is decompressed), or of a class folder's files (relative path and
     * CRC-32 of the bytes). Two checksums computed natively, not SHA-256: this runs before every
     * {@code validate}, in a JVM that has compiled nothing yet.
     */
    static String build(Path location) throws IOException {
        Fingerprint print = new Fingerprint();
        if (Files.isRegularFile(location)) {
            byte[] directory = CentralDirectory.read(location);
            print.add(directory);
            return "jar:" + print;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> CorpusLoader.relativePath(location, p)))
                    .toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            print.add(CorpusLoader.relativePath(location, file), crc.getValue(), bytes.length);
        }
        return "dir:" + print;
    }

    /**
     * A 64-bit checksum of {@code bytes} (CRC-32 and Adler-32, computed natively): what a generation
     * entry's content is checked by. SHA-256 of its 0.7 MB costs a cold JVM 40 ms (a sixth of a
     * hit's whole run); this, 1 ms. It guards against damage (a flipped bit, a cut file), not against
     * whoever can write the cache folder, who could as well replace the jar.
     */
    static String checksum(byte[] bytes) {
        Fingerprint print = new Fingerprint();
        print.add(bytes);
        return print.toString();
    }

    /** CRC-32 and Adler-32 of a sequence of (name, checksum, size) triples. */
    private static final class Fingerprint {
        private final CRC32 crc = new CRC32();
        private final Adler32 adler = new Adler32();
        private final byte[] numbers = new byte[16];

        void add(byte[] block) {
            crc.update(block, 0, block.length);
            adler.update(block, 0, block.length);
        }

        void add(String name, long checksum, long size) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 8; i++) {
                numbers[i] = (byte) (checksum >>> (8 * i));
                numbers[8 + i] = (byte) (size >>> (8 * i));
            }
            for (Checksum sum : List.<Checksum>of(crc, adler)) {
                sum.update(bytes, 0, bytes.length);
                sum.update(numbers, 0, numbers.length);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%08x%08x", crc.getValue(), adler.getValue());
        }
    }
}
