package dev.synesthetic.codegen.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code beanValidation}: which annotation each constraint becomes and where it goes (on the
 * component, inside {@code Optional}, on list elements and map values), that the records compile
 * with every lint an error, and that nothing changes with the option off. Hibernate Validator
 * itself runs in golden's BeanValidationCrossCheckTest.
 */
class BeanConstraintsTest {
    private static final String SCHEMA = """
        {"title": "Memo", "type": "object", "required": ["name", "parts"],
         "properties": {
           "name": {"type": "string", "minLength": 2, "maxLength": 5, "pattern": "^a"},
           "bad": {"type": "string", "pattern": "(?i)x"},
           "note": {"type": ["string", "null"], "maxLength": 9},
           "count": {"type": "integer", "minimum": 1, "exclusiveMinimum": 3, "maximum": 10},
           "ratio": {"type": "number", "exclusiveMaximum": 1.5},
           "when": {"type": "string", "format": "date-time", "maxLength": 40},
           "parts": {"type": "array", "items": {"$ref": "#/$defs/part"}, "maxItems": 4},
           "kind": {"enum": ["a", "b"]},
           "sizes": {"type": "object", "additionalProperties": {"type": "integer", "maximum": 7}, "minProperties": 1}},
         "$defs": {"part": {"type": "object", "properties": {"id": {"type": "string"}}}}}
        """;

    @TempDir
    Path corpus;

    private String memo(boolean beanValidation) throws Exception {
        Files.writeString(corpus.resolve("memo.json"), SCHEMA);
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus, "p")
                        // records alone: validators would refuse the non-ECMA pattern of "bad" outright
                        .emit(GeneratorConfig.Emit.RECORDS)
                        .beanValidation(beanValidation)
                        .build());
        if (beanValidation) {
            Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
            assertThat(compilation).succeededWithoutWarnings();
        }
        return result.files().stream()
                .filter(f -> f.relativePath().equals("p/Memo.java"))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachConstraintBecomesItsAnnotationWhereHibernateValidatorReadsIt() throws Exception {
        String memo = memo(true);

        assertThat(memo)
                .contains(
                        "@NotNull @Size(min = 2, max = 5) @Pattern(regexp = \"[\\\\s\\\\S]*(?:^a)[\\\\s\\\\S]*\") String name")
                .contains("@Nullable Optional<@Size(max = 9) String> note")
                .contains(
                        "@Nullable @DecimalMin(value = \"3\", inclusive = false) @DecimalMax(\"10\") BigInteger count")
                .contains("@Nullable @DecimalMax(value = \"1.5\", inclusive = false) BigDecimal ratio")
                .contains("@NotNull @Size(max = 4) List<@Valid Part> parts")
                .contains("@Nullable @Size(min = 1) Map<String, @DecimalMax(\"7\") BigInteger> sizes")
                .contains("import jakarta.validation.Valid;");
        // what Bean Validation cannot say: a pattern that is not ECMA-262 (an inline flag), a date-time's length, an
        // enum
        assertThat(memo)
                .containsPattern("@Nullable String bad[,)]")
                .containsPattern("@Nullable OffsetDateTime when[,)]")
                .containsPattern("@Nullable MemoKind kind[,)]");
    }

    @Test
    void offByDefault() throws Exception {
        assertThat(memo(false)).doesNotContain("jakarta.validation").doesNotContain("@NotNull");
    }
}
