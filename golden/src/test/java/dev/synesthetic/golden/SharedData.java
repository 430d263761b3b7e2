package dev.synesthetic.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only shared data beside the project root ({@code ../shared}). */
final class SharedData {
    private SharedData() {}

    static Path synesthetic() {
        String configured = System.getProperty("shared.dir");
        Path shared = (configured != null ? Path.of(configured) : Path.of("../../shared"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("the shared data folder is missing: " + shared);
        }
        return shared.resolve("synesthetic-schemas");
    }
}
