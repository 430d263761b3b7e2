package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippet ({@code <!-- snippet: mapper -->}), compiled as written against the
 * committed Synesthetic records, reads every shipped example into its root record, and its
 * {@code MAPPER} writes each record back as the same JSON (less the {@code $schema} it set aside),
 * as the README says.
 */
class MapperSnippetTest {
    private static final String PACKAGE = "dev.synesthetic.schema";

    @TempDir
    static Path classes;

    private static Class<?> snippet;

    @BeforeAll
    static void compileTheSnippet() throws Exception {
        snippet = JavaSnippets.compile("mapper", classes);
    }

    static Stream<Path> examples() throws IOException {
        Path folder = Path.of(System.getProperty("shared.dir", "../../shared"), "synesthetic-schemas/examples");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void readsEveryShippedExampleIntoItsRecordAndWritesItBack() throws Exception {
        Method read = snippet.getMethod("read", Path.class, Class.class);
        ObjectMapper mapper = (ObjectMapper) snippet.getField("MAPPER").get(null);
        List<Path> examples = examples().toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(15);
        for (Path example : examples) {
            Class<?> root = rootRecord(example);
            Object value = read.invoke(null, example, root);
            assertThat(value).as(example.getFileName().toString()).isInstanceOf(root);

            ObjectNode expected = (ObjectNode) mapper.readTree(example.toFile());
            expected.remove("$schema");
            JsonNode written = mapper.readTree(mapper.writeValueAsString(value));
            assertThat(written.equals(NUMBERS_BY_VALUE, expected))
                    .as("%s written back:%n%s%nread:%n%s", example.getFileName(), written, expected)
                    .isTrue();
        }
    }

    /** JSON equality: a number equals any number of the same value (0, 0.0 and a BigInteger 0 alike). */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
            (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** {@code "$schema": "jsonschema/control-bundle.schema.json"} → {@code ControlBundle}. */
    private static Class<?> rootRecord(Path example) throws Exception {
        JsonNode json = new ObjectMapper().readTree(example.toFile());
        String schema = new File(json.path("$schema").asText()).getName().replace(".schema.json", "");
        StringBuilder name = new StringBuilder();
        for (String word : schema.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return Class.forName(PACKAGE + "." + name);
    }
}
