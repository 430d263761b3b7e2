package dev.synesthetic.codegen.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both sides of a comparison share most sources word for word: each text is parsed once per reader. */
class SourceApiReaderTest {
    private static final GeneratedFile THING =
            new GeneratedFile("p/Thing.java", "package p;\n\npublic record Thing(String name) {}\n");
    private static final GeneratedFile HIDDEN =
            new GeneratedFile("p/Hidden.java", "package p;\n\nfinal class Hidden {}\n");

    @Test
    void aTextReadBeforeIsNotParsedAgain() {
        SourceApiReader reader = new SourceApiReader();
        GeneratedFile other = new GeneratedFile("p/Other.java", "package p;\n\npublic enum Other { A, B }\n");

        var first = reader.read(List.of(THING, HIDDEN));
        var second = reader.read(List.of(THING, HIDDEN, other));

        assertThat(first).containsOnlyKeys("Thing");
        assertThat(second).containsOnlyKeys("Thing", "Other");
        assertThat(second.get("Thing")).isSameAs(first.get("Thing"));
        assertThat(second.get("Other").constants()).containsExactly("A", "B");
        assertThat(reader.parsedFiles()).isEqualTo(3);
    }
}
