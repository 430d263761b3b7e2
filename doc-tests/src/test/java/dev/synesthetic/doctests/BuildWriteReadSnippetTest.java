package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's builder → writer → reader snippet ({@code <!-- snippet: build-write-read -->}),
 * compiled as written against the committed Synesthetic records (golden/synesthetic, so a change to
 * the generated API breaks it here): the record it builds is written in the schema's property order,
 * explicit null kept and unset members left out, and reads back equal.
 */
class BuildWriteReadSnippetTest {
    @TempDir
    static Path classes;

    private static Class<?> snippet;

    @BeforeAll
    static void compileTheSnippet() throws Exception {
        snippet = JavaSnippets.compile("build-write-read", classes);
    }

    @Test
    void whatItBuildsIsWrittenAndReadBackEqual() throws Exception {
        Object built = snippet.getMethod("build").invoke(null);
        String json = (String) snippet.getMethod("write", built.getClass()).invoke(null, built);
        Object read = snippet.getMethod("read", String.class).invoke(null, json);

        assertThat(read).isEqualTo(built);
        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(List.of("description", "fragment_shader", "name", "uniforms", "vertex_shader"));
        assertThat(tree.get("description").isNull()).isTrue();
    }

    @Test
    void anInvalidDocumentIsRefusedWithItsPointer() throws Exception {
        Method read = snippet.getMethod("read", String.class);
        String json = "{\"name\": \"s\", \"vertex_shader\": \"v\", \"fragment_shader\": 1}";

        assertThatThrownBy(() -> read.invoke(null, json))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause()
                .hasMessageContaining("/fragment_shader");
    }
}
