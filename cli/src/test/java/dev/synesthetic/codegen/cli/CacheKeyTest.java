package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The validator cache's key: every input that changes the compiled validators changes it, nothing else does. */
class CacheKeyTest {
    @TempDir
    Path temp;

    private Path schemas;

    @BeforeEach
    void corpus() throws IOException {
        schemas = Files.createDirectories(temp.resolve("corpus/schemas"));
        Files.writeString(schemas.resolve("a.schema.json"), "{\"type\": \"string\", \"format\": \"email\"}");
        Files.createDirectories(schemas.resolve("sub"));
        Files.writeString(schemas.resolve("sub/b.schema.json"), "{\"type\": \"integer\"}");
    }

    private GeneratorConfig.Builder config(Path folder) {
        return GeneratorConfig.builder(folder, "com.example").emit(GeneratorConfig.Emit.VALIDATORS_ONLY);
    }

    private static CacheKey key(GeneratorConfig config) throws IOException {
        return CacheKey.of(config, "1.0 build");
    }

    @Test
    void whereTheCorpusAndItsLibraryLiveIsPartOfTheKey() throws IOException {
        // $ref resolution depends on the files' absolute URIs ("../schemas/b.json", "file:/..."): a copy
        // elsewhere is another corpus, however equal its bytes
        Path copy =
                Files.createDirectories(temp.resolve("elsewhere/schemas/sub")).getParent();
        Files.copy(schemas.resolve("a.schema.json"), copy.resolve("a.schema.json"));
        Files.copy(schemas.resolve("sub/b.schema.json"), copy.resolve("sub/b.schema.json"));
        Path library = Files.createDirectories(temp.resolve("library"));
        Files.writeString(library.resolve("meta.json"), "{}");
        Path otherLibrary = Files.createDirectories(temp.resolve("corpus/library"));
        Files.writeString(otherLibrary.resolve("meta.json"), "{}");

        assertThat(key(config(schemas).build())).isEqualTo(key(config(schemas).build()));
        assertThat(key(config(copy).build()).digest())
                .isNotEqualTo(key(config(schemas).build()).digest());
        assertThat(key(config(schemas).build()).text())
                .contains("root " + schemas.toAbsolutePath().normalize());
        assertThat(key(config(schemas)
                                .idPrefixes(Map.of("https://json-schema.org/", Path.of("../../library")))
                                .build())
                        .digest())
                .isNotEqualTo(key(config(schemas)
                                .idPrefixes(Map.of("https://json-schema.org/", Path.of("../library")))
                                .build())
                        .digest());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // no named pipes
    void theKeyReadsTheFilesTheLoaderReadsAndNoOthers() throws Exception {
        Files.writeString(schemas.resolve("notes.txt"), "not a schema");
        String plain = key(config(schemas).build()).text();
        // a named pipe called *.json: the loader skips it (neither a file nor a link); reading it would block
        Process mkfifo =
                new ProcessBuilder("mkfifo", schemas.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        CacheKey withPipe = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return key(config(schemas).build());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .get(2, java.util.concurrent.TimeUnit.MINUTES);

        assertThat(withPipe.text()).isEqualTo(plain).doesNotContain("notes.txt");
    }

    @Test
    void oneSchemaByteChangesTheKey() throws IOException {
        CacheKey before = key(config(schemas).build());
        Files.writeString(schemas.resolve("sub/b.schema.json"), "{\"type\": \"integeR\"}");

        assertThat(key(config(schemas).build()).digest()).isNotEqualTo(before.digest());
    }

    @Test
    void aNewSchemaFileOrVersionFileChangesTheKey() throws IOException {
        CacheKey before = key(config(schemas).build());
        Files.writeString(schemas.resolve("c.schema.json"), "{}");
        CacheKey withFile = key(config(schemas).build());
        Files.writeString(schemas.resolveSibling("version.json"), "{\"schemaVersion\": \"1.0.0\"}");

        assertThat(withFile.digest()).isNotEqualTo(before.digest());
        assertThat(key(config(schemas).build()).digest()).isNotEqualTo(withFile.digest());
    }

    @Test
    void everyOptionThatShapesValidatorsChangesTheKey() throws IOException {
        String plain = key(config(schemas).build()).digest();

        assertThat(key(config(schemas).formatAssertions(true).build()).digest()).isNotEqualTo(plain);
        assertThat(key(config(schemas).defaultDraft(Draft.DRAFT_07).build()).digest())
                .isNotEqualTo(plain);
        assertThat(key(config(schemas).strict(true).build()).digest()).isNotEqualTo(plain);
        assertThat(key(config(schemas)
                                .emit(GeneratorConfig.Emit.RECORDS_AND_VALIDATORS)
                                .build())
                        .digest())
                .isNotEqualTo(plain);
        assertThat(key(GeneratorConfig.builder(schemas, "com.other")
                                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                                .build())
                        .digest())
                .isNotEqualTo(plain);
        assertThat(key(config(schemas)
                                .idPrefixes(Map.of("https://example.com/", Path.of("sub")))
                                .build())
                        .digest())
                .isNotEqualTo(plain);
    }

    @Test
    void aMappedLibraryFileOutsideTheCorpusIsPartOfTheKey() throws IOException {
        Path library = Files.createDirectories(temp.resolve("library"));
        Files.writeString(library.resolve("meta.json"), "{\"type\": \"object\"}");
        GeneratorConfig mapped = config(schemas)
                .idPrefixes(Map.of("https://json-schema.org/", Path.of("../../library")))
                .build();
        CacheKey before = key(mapped);
        Files.writeString(library.resolve("meta.json"), "{\"type\": \"array\"}");

        assertThat(before.text()).contains("library https://json-schema.org/ meta.json ");
        assertThat(key(mapped).digest()).isNotEqualTo(before.digest());
    }

    @Test
    void theGeneratorAndTheJdkArePartOfTheKey() throws IOException {
        GeneratorConfig config = config(schemas).build();

        assertThat(CacheKey.of(config, "1.0 build").digest())
                .isNotEqualTo(CacheKey.of(config, "1.1 build").digest());
        assertThat(key(config).text()).contains("jdk " + Runtime.version().feature() + "\n");
        assertThat(CacheKey.thisGenerator())
                .hasValueSatisfying(g -> assertThat(g).isNotBlank());
    }

    @Test
    void aGenerationKeyNeverEqualsAValidatorKeyOfTheSameCorpus() throws IOException {
        GeneratorConfig config = config(schemas).build();

        CacheKey generation = CacheKey.forGeneration(config, "1.0 build");

        assertThat(generation.digest()).isNotEqualTo(key(config).digest());
        assertThat(generation.text()).contains("kind generation\n");
        assertThat(key(config).text()).contains("kind validators\n");
    }

    @Test
    void theLibrariesThatShapeTheEmittedTextArePartOfTheGeneratorBuild() {
        // Here (unlike the dist's one shaded jar) JavaPoet and Jackson are jars of their own.
        assertThat(CacheKey.buildLocations())
                .hasValueSatisfying(locations -> assertThat(locations)
                        .contains(
                                InMemoryCompiler.location(JavaFile.class).orElseThrow(),
                                InMemoryCompiler.location(ObjectMapper.class).orElseThrow(),
                                InMemoryCompiler.location(JsonFactory.class).orElseThrow())
                        .doesNotHaveDuplicates());
    }

    /** A jar stand-in holding one class file; a fixed entry time, as the build's pinned timestamp gives. */
    private Path jar(String name, byte[] classFile) throws IOException {
        Path jar = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            ZipEntry entry = new ZipEntry("dev/synesthetic/codegen/runtime/JsonScalarKeywords.class");
            entry.setTime(0L);
            out.putNextEntry(entry);
            out.write(classFile);
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));
        return jar;
    }

    @Test
    void twoBuildsOfTheSameSizeAndTimeAreTwoGeneratorsWhenARuntimeClassDiffers() throws IOException {
        Path a = jar("a.jar", "minLength".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path b = jar("b.jar", "minLengtX".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(Files.size(a)).isEqualTo(Files.size(b));
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(Files.getLastModifiedTime(b));
        assertThat(CacheKey.build(a)).isNotEqualTo(CacheKey.build(b));
        assertThat(CacheKey.build(a))
                .isEqualTo(CacheKey.build(
                        jar("a-again.jar", "minLength".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    @Test
    void twoClassFoldersOfTheSameTimesAreTwoGeneratorsWhenAClassDiffers() throws IOException {
        Path a = Files.createDirectories(temp.resolve("a/classes/dev"));
        Path b = Files.createDirectories(temp.resolve("b/classes/dev"));
        FileTime time = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(Files.writeString(a.resolve("Violation.class"), "minLength"), time);
        Files.setLastModifiedTime(Files.writeString(b.resolve("Violation.class"), "minLengtX"), time);

        assertThat(CacheKey.build(a.getParent())).isNotEqualTo(CacheKey.build(b.getParent()));
        Files.writeString(b.resolve("Violation.class"), "minLength");
        Files.setLastModifiedTime(b.resolve("Violation.class"), FileTime.fromMillis(2_000_000L));
        assertThat(CacheKey.build(a.getParent())).isEqualTo(CacheKey.build(b.getParent()));
    }
}
