package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.provenance.GeneratorVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One digest of everything a generation depends on: the plugin version, every option, the bytes of
 * every file below the schema folder (referenced files and {@code $id} prefix folders live there
 * too) and of {@code version.json} beside it, and the settings file. Equal digests mean the same
 * output, because generation is deterministic.
 */
final class InputFingerprint {
    private InputFingerprint() {}

    static String of(AbstractCodegenMojo.Options options) throws IOException {
        MessageDigest digest = sha256();
        field(digest, "generator", GeneratorVersion.value());
        if (GeneratorVersion.value().endsWith("-SNAPSHOT")) {
            // A snapshot's version stays the same while its code changes: the code itself is the version.
            field(digest, "generator-code", codeOf(GeneratorVersion.class));
            field(digest, "plugin-code", codeOf(InputFingerprint.class));
        }
        // Every option, as the record spells them all: a new option can never be left out of the digest.
        field(digest, "options", options.toString());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(options.schemas())) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            field(digest, "file", options.schemas().relativize(file).toString());
            field(digest, "bytes", Files.readAllBytes(file));
        }
        Path sibling = options.schemas().resolveSibling("version.json");
        if (Files.isRegularFile(sibling)) {
            field(digest, "version.json", Files.readAllBytes(sibling));
        }
        if (options.settingsFile().isPresent()) {
            field(digest, "settings", Files.readAllBytes(options.settingsFile().get()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The bytes of the jar (or the class file, in a development build) a class was loaded from. */
    private static byte[] codeOf(Class<?> type) throws IOException {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return new byte[0];
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Files.readAllBytes(location);
            }
            Path classFile = location.resolve(type.getName().replace('.', '/') + ".class");
            return Files.isRegularFile(classFile) ? Files.readAllBytes(classFile) : new byte[0];
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static void field(MessageDigest digest, String name, String value) {
        field(digest, name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so no two different inputs can run together into the same byte stream. */
    private static void field(MessageDigest digest, String name, byte[] value) {
        byte[] label = name.getBytes(StandardCharsets.UTF_8);
        digest.update(label);
        digest.update(longBytes(value.length));
        digest.update(value);
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
