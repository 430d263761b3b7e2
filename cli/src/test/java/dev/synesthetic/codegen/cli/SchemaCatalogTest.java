package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GenerationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The catalog's verdicts when a validator itself fails. */
class SchemaCatalogTest {
    /** Stands in for a generated validator with a bug. */
    public static final class ThrowingValidator {
        private ThrowingValidator() {}

        public static List<?> validate(Object value) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aValidatorsExceptionIsThatDocumentsFailureNotTheRunsEnd() throws CliFailure {
        TreeMap<String, String> validators = new TreeMap<>();
        validators.put("a.schema.json", ThrowingValidator.class.getName());
        GenerationResult generated =
                new GenerationResult(List.of(), List.of(), new TreeMap<>(), validators, new TreeSet<>());
        SchemaCatalog catalog = new SchemaCatalog(generated, getClass().getClassLoader(), Path.of("."));

        List<Problem> problems = catalog.validate("a.schema.json", JsonDocuments.MAPPER.createObjectNode());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keyword()).as("not a violation").isNull();
            assertThat(problem.message()).contains("the validator failed").contains("boom");
        });
    }
}
