package dev.synesthetic.codegen.cli;

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
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a cache entry of compiled validators depends on, as text (one fact a line), and the text's
 * SHA-256, which names the entry's folder: the cache layout, the generator build (the content of its jars), the JDK feature
 * version (javac's output targets it), every {@link GeneratorConfig} setting but the folder's path,
 * and the bytes of every file the generator reads (the corpus's {@code *.json}, {@code ../version.json},
 * the {@code $id}-mapped library folders). Any change gives another key: a stale entry is never found.
 */
record CacheKey(String text, String digest) {
    /**
     * Bumped when the entry layout or what the key covers changes. 2: validators alone hold only their
     * own classes, the runtime's come from this jar (1 held a copy of the runtime too).
     */
    static final int LAYOUT = 2;

    static CacheKey of(GeneratorConfig config, String generator) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("layout ").append(LAYOUT).append('\n');
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
     * This generator build: its version, and the content of the jars (or class folders) the generator
     * and its runtime come from, so a rebuilt snapshot is a new generator even when the build pins the
     * jar's size and time (cached validators link against this jar's runtime). Empty when a jar cannot
     * be read: no key is then bound to the build's content, so nothing is cached.
     */
    static Optional<String> thisGenerator() {
        Optional<String> generator = build(Generator.class);
        Optional<String> runtime = build(Violation.class);
        return generator.isPresent() && runtime.isPresent()
                ? Optional.of(version() + " " + generator.get() + " " + runtime.get())
                : Optional.empty();
    }

    private static String version() {
        try {
            return Main.Version.number();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> build(Class<?> type) {
        try {
            Optional<Path> location = InMemoryCompiler.location(type);
            return location.isPresent() ? Optional.of(build(location.get())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A digest of a jar's entries as its central directory lists them (name, CRC-32 and size of each:
     * nothing is decompressed), or of a class folder's files (relative path and CRC-32 of the bytes).
     */
    static String build(Path location) throws IOException {
        StringBuilder entries = new StringBuilder();
        if (Files.isRegularFile(location)) {
            entries.append("jar\n");
            try (ZipFile jar = new ZipFile(location.toFile())) {
                for (Enumeration<? extends ZipEntry> all = jar.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    entries.append(entry.getName())
                            .append(' ')
                            .append(entry.getCrc())
                            .append(' ')
                            .append(entry.getSize())
                            .append('\n');
                }
            }
        } else {
            entries.append("dir\n");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(p -> CorpusLoader.relativePath(location, p)))
                        .toList();
            }
            for (Path file : files) {
                CRC32 crc = new CRC32();
                crc.update(Files.readAllBytes(file));
                entries.append(CorpusLoader.relativePath(location, file))
                        .append(' ')
                        .append(crc.getValue())
                        .append('\n');
            }
        }
        return Digests.of(entries.toString().getBytes(StandardCharsets.UTF_8));
    }
}
