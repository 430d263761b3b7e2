package dev.synesthetic.codegen.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;

/**
 * CRC-32 and Adler-32 of blocks or of a sequence of (name, checksum, size) triples, computed natively:
 * 64 bits that tell a generator build ({@link CacheKey#build}) or an entry's content ({@link
 * CacheStore#checksum}) from another without SHA-256's cost in a cold JVM.
 */
final class Fingerprint {
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
