package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's sources are emitted verbatim into every generated package, so the project's limit
 * on a main source file (300 lines) holds for each of them there too.
 */
class RuntimeFileSizeTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/synesthetic/codegen/runtime");

    @Test
    void noRuntimeSourceIsOver300Lines() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(Files.readAllLines(source).size())
                    .as("lines of %s", source.getFileName())
                    .isLessThanOrEqualTo(300);
        }
    }
}
