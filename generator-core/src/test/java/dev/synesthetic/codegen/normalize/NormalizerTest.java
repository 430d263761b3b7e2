package dev.synesthetic.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.vocabulary.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizerTest {
    @TempDir
    Path folder;

    @Test
    void aFolderMeansItsJsonFilesButItsVersionJsonInRelativePathOrder() throws Exception {
        Files.createDirectories(folder.resolve("b"));
        for (String name : List.of("version.json", "b/version.json", "b/z.json", "a.schema.json", "notes.md")) {
            Files.writeString(folder.resolve(name), "{}\n");
        }
        Path named = folder.resolve("notes.md");
        assertThat(Normalizer.schemaFiles(List.of(folder, named, folder.resolve("a.schema.json"))))
                .containsExactly(
                        folder.resolve("a.schema.json"),
                        folder.resolve("b/version.json"),
                        folder.resolve("b/z.json"),
                        named);
    }

    @Test
    void refusesTextThatIsNotUtf8RatherThanReplacingIt() throws Exception {
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'});
        Normalizer.Result result = new Normalizer(Draft.DRAFT_2020_12).normalize(List.of(latin1));
        assertThat(result.files()).isEmpty();
        assertThat(result.refused())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("UTF-8"));
    }

    @Test
    void writesOnlyChangedFilesAndLeavesNoStagingFileBehind() throws Exception {
        Path canonical = folder.resolve("canonical.json");
        Path messy = folder.resolve("messy.json");
        Files.writeString(canonical, "{\n  \"type\": \"string\"\n}\n");
        Files.writeString(messy, "{\"type\":\"string\",\"title\":\"T\"}");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(canonical, old);
        for (Normalization file : new Normalizer(Draft.DRAFT_2020_12)
                .normalize(List.of(canonical, messy))
                .files()) {
            file.write();
        }
        assertThat(Files.getLastModifiedTime(canonical)).isEqualTo(old);
        assertThat(Files.readString(messy)).isEqualTo("{\n  \"title\": \"T\",\n  \"type\": \"string\"\n}\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("canonical.json", "messy.json");
        }
    }
}
