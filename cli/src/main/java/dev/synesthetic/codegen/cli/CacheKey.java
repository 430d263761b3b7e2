package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.load.MappedFolders;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.objectweb.asm.ClassWriter;

/**
 * What a cache entry depends on, as text (one fact a line), and the text's SHA-256, which names the
 * entry's folder: the kind of entry (compiled validators, or generated files: the two never share a
 * key), the cache layout, the generator build (the content of its jars), the JDK feature
 * version (javac's output targets it), every {@link GeneratorConfig} setting, where the corpus and its
 * {@code $id}-mapped library folders live (their files' URIs are absolute, so a relative {@code $ref}
 * that climbs out by a folder's name, or a {@code file:} one, resolves by where they are), and the
 * bytes of every file the loader reads there (the corpus's schema files, its version file, the library
 * folders' files: {@link CorpusLoader} and {@link MappedFolders} decide which). Any change gives
 * another key: a stale entry is never found.
 */
record CacheKey(String text, String digest) {
    /**
     * Bumped when the entry layout or what the key covers changes. 2: validators alone hold only their
     * own classes, the runtime's come from this jar (1 held a copy of the runtime too). 3: keys name
     * their kind, the generator build covers the libraries that shape the emitted text, and validator
     * classes are written directly from the validator model, not compiled by javac. 4: keys name where
     * the corpus and its library folders live, and cover exactly the files the loader reads.
     */
    static final int LAYOUT = 4;

    /** The key of compiled validators ({@link ValidatorCache}). */
    static CacheKey of(GeneratorConfig config, String generator) throws IOException {
        return of("validators", config, generator, null);
    }

    /**
     * The key of compiled validators of a corpus whose folder is made up per run (a temporary copy):
     * {@code place} names where it lives instead of its path, which would make every run a miss.
     */
    static CacheKey of(GeneratorConfig config, String generator, @Nullable String place) throws IOException {
        return of("validators", config, generator, place);
    }

    /**
     * The key of generated files ({@link GenerationCache}). The same facts: the generator's output
     * depends on nothing else (not on where the output lives: the drift check reads it itself).
     */
    static CacheKey forGeneration(GeneratorConfig config, String generator) throws IOException {
        return of("generation", config, generator, null);
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

    private static CacheKey of(String kind, GeneratorConfig config, String generator, @Nullable String place)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("layout ").append(LAYOUT).append('\n');
        text.append("kind ").append(kind).append('\n');
        text.append("generator ").append(generator).append('\n');
        text.append("jdk ").append(Runtime.version().feature()).append('\n');
        Path root = config.schemaFolder().toAbsolutePath().normalize();
        for (RecordComponent component : GeneratorConfig.class.getRecordComponents()) {
            if (!component.getName().equals("schemaFolder")) { // as given; the root below is where it is
                text.append("option ")
                        .append(component.getName())
                        .append('=')
                        .append(value(component, config))
                        .append('\n');
            }
        }
        text.append("root ").append(place != null ? place : root.toString()).append('\n');
        files(text, "schema ", root, CorpusLoader.schemaFiles(root));
        for (Path version : CorpusLoader.versionFiles(root)) {
            if (Files.isRegularFile(version)) {
                text.append("version ")
                        .append(version.getParent().equals(root) ? "" : "../")
                        .append(version.getFileName())
                        .append(' ')
                        .append(Digests.of(Files.readAllBytes(version)))
                        .append('\n');
            }
        }
        for (Map.Entry<String, Path> library :
                MappedFolders.outside(root, config.idPrefixes()).entrySet()) {
            Path folder = library.getValue();
            String label = "library " + library.getKey() + " ";
            text.append(label).append("root ").append(folder).append('\n');
            if (Files.isDirectory(folder)) { // else the run fails on it, and stores nothing
                files(text, label, folder, MappedFolders.files(folder));
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

    /** Each file's path below {@code folder} and digest, in the loader's order. */
    private static void files(StringBuilder text, String label, Path folder, List<Path> files) throws IOException {
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
     * the emitted text come from: JavaPoet writes the Java, ASM the validators' class files, Jackson
     * reads the schemas and writes the manifest. One jar in the dist (they are shaded into it), several in a build's class path. Empty
     * when one of them is not a file.
     */
    static Optional<Set<Path>> buildLocations() {
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> part : List.of(
                Generator.class,
                Violation.class,
                JavaFile.class,
                ClassWriter.class,
                ObjectMapper.class,
                JsonFactory.class)) {
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
}
