package dev.synesthetic.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckerTest {
    private static final String A = GeneratedFile.MARKER + "\nclass A {}\n";

    @TempDir
    Path out;

    @Test
    void theSameBytesAreClean() throws IOException {
        write("p/A.java", A);
        DriftReport report = check(List.of(new GeneratedFile("p/A.java", A)));
        assertThat(report.isClean()).isTrue();
        assertThat(report.comparedFiles()).isEqualTo(1);
    }

    @Test
    void aChangedFileIsDiffedFromCommittedToGenerated() throws IOException {
        write("p/A.java", GeneratedFile.MARKER + "\nclass A { int x; }\n");
        DriftReport report = check(List.of(new GeneratedFile("p/A.java", A)));
        Drift.Changed changed = report.changed().get(0);
        assertThat(changed.kind()).isEqualTo(ChangeKind.CONTENT);
        assertThat(changed.cause().reason()).isEqualTo(DriftCause.Reason.UNKNOWN);
        assertThat(changed.diff()).contains("--- a/p/A.java", "-class A { int x; }", "+class A {}");
    }

    @Test
    void lineEndingsAloneAreTheirOwnKindWithAByteExactPatch() throws IOException {
        write("p/A.java", A.replace("\n", "\r\n"));
        Drift.Changed changed =
                check(List.of(new GeneratedFile("p/A.java", A))).changed().get(0);
        assertThat(changed.kind()).isEqualTo(ChangeKind.LINE_ENDINGS);
        assertThat(changed.diff()).isEmpty();
        assertThat(changed.patch()).contains("-class A {}\r", "+class A {}");
    }

    @Test
    void missingOrphanAndInTheWayFiles() throws IOException {
        write("p/Old.java", GeneratedFile.MARKER + "\nclass Old {}\n");
        write("p/Mine.java", "class Mine {}\n");
        write("q/Other.java", GeneratedFile.MARKER + "\n"); // another package folder: not ours to report
        DriftReport report = check(List.of(new GeneratedFile("p/A.java", A), new GeneratedFile("p/Mine.java", A)));
        assertThat(report.missing()).extracting(Drift::path).containsExactly("p/A.java");
        assertThat(report.orphans()).extracting(Drift::path).containsExactly("p/Old.java");
        assertThat(report.inTheWay()).extracting(Drift::path).containsExactly("p/Mine.java");
        assertThat(report.orphans().get(0).patch()).contains("+++ /dev/null", "-class Old {}");
    }

    @Test
    void aFolderIsInTheWayAndAnUnmarkedFileIsOnlyWhereItDrifts() throws IOException {
        Files.createDirectories(out.resolve("p/Dir.java"));
        write("p/Same.java", "class S {}\n"); // no marker, but equal once the ignored line is left out
        write("p/Differs.java", "class D {}\n");
        DriftOptions ignoring = new DriftOptions(List.of(Pattern.compile("^// x")), 50, "--diff-lines 0");
        DriftReport report = new DriftChecker(ignoring)
                .check(
                        out,
                        OutputPaths.of(out, out),
                        List.of(
                                new GeneratedFile("p/Dir.java", A),
                                new GeneratedFile("p/Same.java", "// x\nclass S {}\n"),
                                new GeneratedFile("p/Differs.java", A)));
        assertThat(report.inTheWay()).extracting(Drift::path).containsExactlyInAnyOrder("p/Dir.java", "p/Differs.java");
        assertThat(report.changed()).isEmpty();
        assertThat(report.missing()).isEmpty();
    }

    @Test
    void ignoredLinesAreLeftOutOnBothSides() throws IOException {
        write("p/A.java", GeneratedFile.MARKER + "\n// built 2024\nclass A {}\n");
        List<GeneratedFile> expected =
                List.of(new GeneratedFile("p/A.java", GeneratedFile.MARKER + "\n// built 2025\nclass A {}\n"));
        assertThat(check(expected).isClean()).isFalse();
        DriftOptions ignoring = new DriftOptions(List.of(Pattern.compile("^// built")), 50, "--diff-lines 0");
        assertThat(new DriftChecker(ignoring)
                        .check(out, OutputPaths.of(out, out), expected)
                        .isClean())
                .isTrue();
    }

    @Test
    void neverWritesTheFolder() throws IOException {
        write("p/A.java", "old\n");
        write("p/Old.java", GeneratedFile.MARKER + "\n");
        check(List.of(new GeneratedFile("p/A.java", A), new GeneratedFile("p/B.java", A)));
        assertThat(Files.readString(out.resolve("p/A.java"))).isEqualTo("old\n");
        assertThat(out.resolve("p/Old.java")).exists();
        assertThat(out.resolve("p/B.java")).doesNotExist();
    }

    private DriftReport check(List<GeneratedFile> expected) throws IOException {
        return new DriftChecker(DriftOptions.defaults()).check(out, OutputPaths.of(out, out), expected);
    }

    private void write(String path, String text) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
