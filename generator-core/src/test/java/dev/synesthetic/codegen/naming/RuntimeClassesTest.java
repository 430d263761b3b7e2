package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.emit.RuntimeSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link RuntimeClasses} lists every class of generator-runtime that generated code ships with, and
 * each run emits every runtime class the ones it emits name: records alone, validators alone, with
 * formats, and everything with readers each compile on their own.
 */
class RuntimeClassesTest {
    private static final Path SOURCES = Path.of("../generator-runtime/src/main/java/dev/synesthetic/codegen/runtime");
    /** Public constants for the generator's analysis, never emitted. */
    private static final String GENERATOR_ONLY = "JsonTypes";

    @Test
    void everyRuntimeSourceIsInOneListAndEveryListedClassHasASource() throws IOException {
        List<String> listed = new ArrayList<>(RuntimeClasses.RECORD_HELPERS);
        listed.addAll(RuntimeClasses.VALIDATORS);
        listed.addAll(RuntimeClasses.FORMATS);
        listed.add(RuntimeClasses.JSON_TUPLES);
        listed.addAll(RuntimeClasses.READERS);
        RuntimeClasses.READERS_JACKSON3.stream()
                .filter(name -> !RuntimeClasses.READERS.contains(name))
                .forEach(listed::add);
        assertThat(listed).doesNotHaveDuplicates();
        Set<String> sources = runtimeSources();
        sources.remove(GENERATOR_ONLY);
        assertThat(new TreeSet<>(listed)).isEqualTo(sources);
    }

    @Test
    void eachRunEmitsTheRuntimeClassesItsRuntimeClassesName() throws IOException {
        Set<String> all = runtimeSources();
        all.remove(GENERATOR_ONLY);
        boolean[][] runs = {
            {true, false, false, false},
            {false, true, false, false},
            {false, true, true, false},
            {true, true, false, true},
            {true, true, true, true}
        };
        List<List<String>> readers = List.of(RuntimeClasses.READERS, RuntimeClasses.READERS_JACKSON3);
        for (boolean[] run : runs) {
            for (List<String> readerRuntime : readers) {
                List<String> emitted =
                        RuntimeClasses.emitted(run[0], run[1], run[2], run[3] ? readerRuntime : List.of());
                for (String name : emitted) {
                    if (!all.contains(name)) {
                        continue; // generated, not copied: SchemaVersion
                    }
                    String source = RuntimeSources.source(name, "p");
                    for (String other : all) {
                        if (Pattern.compile("\\b" + other + "\\b")
                                .matcher(source)
                                .find()) {
                            assertThat(emitted)
                                    .as(
                                            "%s names %s (records %s, validators %s, formats %s, readers %s)",
                                            name, other, run[0], run[1], run[2], run[3])
                                    .contains(other);
                        }
                    }
                }
            }
        }
    }

    private static Set<String> runtimeSources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
