package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every path below a folder with its bytes and modification time: proves a command wrote nothing. */
final class TreeHash {
    private TreeHash() {}

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                String content = attributes.isDirectory()
                        ? "<dir>"
                        : java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(path)));
                state.put(
                        root.relativize(path).toString(),
                        content + "@" + attributes.lastModifiedTime().toMillis());
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return state;
    }
}
