package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value's lower bounds ({@code minimum}, {@code exclusiveMinimum}) are judged together, and its
 * upper bounds likewise: moving a bound from one keyword to the other is one change, not a loosening
 * and a tightening.
 */
class BoundDiffsTest {
    @TempDir
    Path old;

    @TempDir
    Path neu;

    private List<String> changes(String oldSchema, String newSchema) throws Exception {
        Files.writeString(old.resolve("n.schema.json"), oldSchema);
        Files.writeString(neu.resolve("n.schema.json"), newSchema);
        return CompatChecker.compare(config(old), config(neu), DocumentValidators.NONE).changes().stream()
                .map(c -> c.kind().label() + " " + c.backward().verdict().label() + "/"
                        + c.forward().verdict().label() + ": " + c.message())
                .toList();
    }

    private static GeneratorConfig config(Path folder) {
        return GeneratorConfig.builder(folder, "p")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .build();
    }

    @Test
    void minimumBecomingExclusiveOnlyTightens() throws Exception {
        assertThat(changes("{\"type\": \"number\", \"minimum\": 0}", "{\"type\": \"number\", \"exclusiveMinimum\": 0}"))
                .containsExactly("bound-tightened breaks/safe: minimum 0 -> (none), exclusiveMinimum (none) -> 0");
    }

    @Test
    void exclusiveMaximumBecomingInclusiveOnlyLoosens() throws Exception {
        assertThat(changes("{\"type\": \"number\", \"exclusiveMaximum\": 9}", "{\"type\": \"number\", \"maximum\": 9}"))
                .containsExactly("bound-loosened safe/breaks: maximum (none) -> 9, exclusiveMaximum 9 -> (none)");
    }

    @Test
    void aBoundMovedToTheOtherKeywordAndRaisedTightens() throws Exception {
        assertThat(changes("{\"type\": \"number\", \"exclusiveMinimum\": 0}", "{\"type\": \"number\", \"minimum\": 1}"))
                .containsExactly("bound-tightened breaks/safe: minimum (none) -> 1, exclusiveMinimum 0 -> (none)");
    }

    @Test
    void aBoundTheOtherKeywordOutranksChangesNothing() throws Exception {
        assertThat(changes(
                        "{\"type\": \"number\", \"minimum\": 0, \"exclusiveMinimum\": 5}",
                        "{\"type\": \"number\", \"minimum\": 3, \"exclusiveMinimum\": 5}"))
                .isEmpty();
    }

    @Test
    void forIntegersAnExclusiveBoundIsTheNextInteger() throws Exception {
        assertThat(changes(
                        "{\"type\": \"integer\", \"exclusiveMinimum\": 0, \"maximum\": 9}",
                        "{\"type\": \"integer\", \"minimum\": 1, \"exclusiveMaximum\": 10}"))
                .isEmpty();
    }

    @Test
    void aSingleBoundStillReadsAsBefore() throws Exception {
        assertThat(changes("{\"type\": \"number\", \"minimum\": 0}", "{\"type\": \"number\", \"minimum\": 2}"))
                .containsExactly("bound-tightened breaks/safe: minimum 0 -> 2");
    }

    @Test
    void draft4BooleanExclusiveMinimumIsReadWithItsMinimum() throws Exception {
        String draft4 = "\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"type\": \"number\"";
        assertThat(changes(
                        "{" + draft4 + ", \"minimum\": 0}",
                        "{" + draft4 + ", \"minimum\": 0, \"exclusiveMinimum\": true}"))
                .containsExactly("bound-tightened breaks/safe: exclusiveMinimum (none) -> true");
    }
}
