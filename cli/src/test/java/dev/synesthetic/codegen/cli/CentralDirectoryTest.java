package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralDirectoryTest {
    @TempDir
    Path temp;

    /** A zip of two entries; {@code content} is the second one's, {@code prefix} bytes go before the zip. */
    private Path zip(String name, String content, String prefix, String comment) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment(comment);
            for (String[] entry : new String[][] {{"a.txt", "same"}, {"b.txt", content}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(temp.resolve(name), bytes.toByteArray());
    }

    @Test
    void twoZipsThatDifferInOneEntryHaveDifferentDirectories() throws IOException {
        assertThat(CentralDirectory.read(zip("1.zip", "one", "", "")))
                .isNotEqualTo(CentralDirectory.read(zip("2.zip", "two", "", "")));
    }

    @Test
    void aScriptBeforeTheZipDoesNotShiftWhatIsRead() throws IOException {
        // Offsets in such a file are the zip's own, not the file's (cat stub.sh app.jar): the directory
        // is found from the end record's position, as ZipFile does.
        String script = "#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n".repeat(5);
        byte[] one = CentralDirectory.read(zip("1.jar", "one", script, ""));
        byte[] two = CentralDirectory.read(zip("2.jar", "two", script, ""));

        assertThat(one).isNotEqualTo(two).isEqualTo(CentralDirectory.read(zip("1b.zip", "one", "", "")));
    }

    @Test
    void anEndSignatureInsideTheCommentIsNotTheEndRecord() throws IOException {
        String fakeEnd = new String(new byte[] {0x50, 0x4b, 0x05, 0x06}, StandardCharsets.ISO_8859_1) + "x".repeat(30);
        assertThat(CentralDirectory.read(zip("c1.zip", "one", "", fakeEnd)))
                .isNotEqualTo(CentralDirectory.read(zip("c2.zip", "two", "", fakeEnd)))
                .isEqualTo(CentralDirectory.read(zip("c3.zip", "one", "", "")));
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("no.jar"), "not a zip at all, only text");
        assertThatThrownBy(() -> CentralDirectory.read(text)).isInstanceOf(IOException.class);
    }
}
