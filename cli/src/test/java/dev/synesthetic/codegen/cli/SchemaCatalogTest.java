package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        // no class files of its own: the loader's parent, the test class path, supplies the stand-in
        CompiledValidators compiled =
                new CompiledValidators(new TreeMap<>(), validators, new TreeSet<>(), new TreeMap<>(), List.of());
        SchemaCatalog catalog = new SchemaCatalog(compiled, Path.of("."));

        List<Problem> problems = catalog.validate("a.schema.json", JsonDocuments.MAPPER.createObjectNode());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keyword()).as("not a violation").isNull();
            assertThat(problem.message()).contains("the validator failed").contains("boom");
        });
    }
}
