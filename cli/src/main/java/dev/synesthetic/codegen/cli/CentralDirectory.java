package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A jar's central directory as bytes: the list of its entries with each one's name, CRC-32, sizes
 * and time, so a fingerprint of it is one of the jar's content, read without inflating anything.
 */
final class CentralDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int DIRECTORY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private CentralDirectory() {}

    /** The central directory's bytes; an {@link IOException} for a file that is no ZIP (or a ZIP64 one). */
    static byte[] read(Path jar) throws IOException {
        try (FileChannel file = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = file.size();
            int tail = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            readFully(file, end, size - tail);
            for (int at = tail - END_LENGTH; at >= 0; at--) {
                // The end record is the one whose comment runs exactly to the end of the file (a comment
                // may itself hold the signature).
                if (end.getInt(at) != END_SIGNATURE
                        || at + END_LENGTH + Short.toUnsignedInt(end.getShort(at + 20)) != tail) {
                    continue;
                }
                long length = Integer.toUnsignedLong(end.getInt(at + 12));
                // Found by its length back from the end record, not by the recorded offset, as ZipFile
                // does: a script before the zip (cat stub.sh app.jar) shifts the file, not the offsets.
                long start = size - tail + at - length;
                if (length == 0xFFFFFFFFL || start < 0) {
                    break;
                }
                ByteBuffer directory = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
                readFully(file, directory, start);
                if (length > 0 && directory.getInt(0) != DIRECTORY_SIGNATURE) {
                    break;
                }
                return directory.array();
            }
            throw new IOException(jar + " has no central directory this reader takes (not a jar, or ZIP64)");
        }
    }

    private static void readFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }
}
