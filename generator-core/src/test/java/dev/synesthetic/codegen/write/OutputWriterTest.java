package dev.synesthetic.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final String BODY = GeneratedFile.MARKER + "\npackage p;\n";

    @TempDir
    Path out;

    @Test
    void writesOnlyChangedFilesAndKeepsTimestampsOfTheRest() throws IOException {
        OutputWriter writer = new OutputWriter();
        writer.write(
                out,
                List.of(
                        new GeneratedFile("p/A.java", BODY + "class A {}\n"),
                        new GeneratedFile("p/B.java", BODY + "class B {}\n")));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("p/A.java"), old);

        WriteSummary summary = writer.write(
                out,
                List.of(
                        new GeneratedFile("p/A.java", BODY + "class A {}\n"),
                        new GeneratedFile("p/B.java", BODY + "class B { int x; }\n")));

        assertThat(summary.written()).containsExactly("p/B.java");
        assertThat(summary.unchanged()).containsExactly("p/A.java");
        assertThat(Files.getLastModifiedTime(out.resolve("p/A.java"))).isEqualTo(old);
        assertThat(Files.readString(out.resolve("p/B.java"))).contains("int x;");
    }

    @Test
    void deletesGeneratedOrphansButNeverHandWrittenFiles() throws IOException {
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/Old.java"), BODY + "class Old {}\n");
        Files.writeString(out.resolve("p/Mine.java"), "package p;\nclass Mine {}\n");

        WriteSummary summary =
                new OutputWriter().write(out, List.of(new GeneratedFile("p/A.java", BODY + "class A {}\n")));

        assertThat(summary.deleted()).containsExactly("p/Old.java");
        assertThat(out.resolve("p/Old.java")).doesNotExist();
        assertThat(out.resolve("p/Mine.java")).hasContent("package p;\nclass Mine {}");
        assertThat(summary.describe()).isEqualTo("1 written, 0 unchanged, 1 deleted");
    }

    @Test
    void refusesAnOutputPathThatIsAFile() throws IOException {
        Path file = Files.writeString(out.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> new OutputWriter().write(file, List.of(new GeneratedFile("p/A.java", BODY))))
                .hasMessageContaining("not a folder");
        assertThat(file).hasContent("x");
    }

    @Test
    void leavesNoStagingFilesBehind() throws IOException {
        new OutputWriter().write(out, List.of(new GeneratedFile("p/A.java", BODY)));

        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> out.relativize(p).toString()))
                    .containsExactly("p/A.java");
        }
    }

    @Test
    void aFailureHalfwayLeavesTheFolderExactlyAsItWas() throws IOException {
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/A.java"), BODY + "class A {}\n");
        Files.writeString(out.resolve("p/Old.java"), BODY + "class Old {}\n");
        Files.writeString(out.resolve("p/Mine.java"), "mine\n");
        java.util.Map<String, String> before = snapshot();
        int[] moves = {0};
        OutputWriter failing = new OutputWriter((from, to) -> {
            if (++moves[0] == 3) {
                throw new IOException("disk full");
            }
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });

        assertThatThrownBy(() -> failing.write(
                        out,
                        List.of(
                                new GeneratedFile("p/A.java", BODY + "class A { int changed; }\n"),
                                new GeneratedFile("p/sub/B.java", BODY + "class B {}\n"))))
                .hasMessageContaining("disk full");

        assertThat(snapshot()).isEqualTo(before);
    }

    private java.util.Map<String, String> snapshot() throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(out)) {
            for (Path p : walk.toList()) {
                files.put(out.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void anotherPackageInTheSameSourceRootIsNeverTouched() throws IOException {
        new OutputWriter().write(out, List.of(new GeneratedFile("a/one/A.java", BODY + "class A {}\n")));

        WriteSummary summary =
                new OutputWriter().write(out, List.of(new GeneratedFile("b/two/B.java", BODY + "class B {}\n")));

        assertThat(summary.deleted()).isEmpty();
        assertThat(out.resolve("a/one/A.java")).exists();
    }

    @Test
    void neverReplacesAHandWrittenFileAtAGeneratedPathAndChangesNothingElse() throws IOException {
        Files.createDirectories(out.resolve("p"));
        Files.writeString(out.resolve("p/A.java"), BODY + "class A { /* old */ }\n");
        Files.writeString(out.resolve("p/B.java"), "package p;\nclass B { /* mine */ }\n");

        assertThatThrownBy(() -> new OutputWriter()
                        .write(
                                out,
                                List.of(
                                        new GeneratedFile("p/A.java", BODY + "class A {}\n"),
                                        new GeneratedFile("p/B.java", BODY + "class B {}\n"))))
                .isInstanceOf(OutputWriter.FileInTheWayException.class)
                .hasMessageContaining("p/B.java would be generated, but the file there was not generated");
        assertThat(out.resolve("p/B.java")).hasContent("package p;\nclass B { /* mine */ }");
        assertThat(out.resolve("p/A.java")).hasContent(BODY + "class A { /* old */ }");
    }

    @Test
    void aFolderWhereAFileMustGoFailsBeforeAnythingChanges() throws IOException {
        Files.createDirectories(out.resolve("p/B.java"));
        Files.writeString(out.resolve("p/B.java/notes.txt"), "keep");
        Files.writeString(out.resolve("p/A.java"), BODY + "class A { /* old */ }\n");

        assertThatThrownBy(() -> new OutputWriter()
                        .write(
                                out,
                                List.of(
                                        new GeneratedFile("p/A.java", BODY + "class A {}\n"),
                                        new GeneratedFile("p/B.java", BODY + "class B {}\n"))))
                .isInstanceOf(OutputWriter.FileInTheWayException.class)
                .hasMessageContaining("a folder or link is in the way");
        assertThat(out.resolve("p/B.java/notes.txt")).hasContent("keep");
        assertThat(out.resolve("p/A.java")).hasContent(BODY + "class A { /* old */ }");
        try (var files = Files.list(out.resolve("p"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("A.java", "B.java");
        }
    }
}
