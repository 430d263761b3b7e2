package dev.synesthetic.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.support.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validators that do not link with this runtime (compiled against another build of it) give no
 * verdict: an internal error (exit 4) that says what to do, never an invalid document (exit 1).
 */
class ValidatorLinkageTest {
    @TempDir
    Path temp;

    @Test
    void aValidatorThatDoesNotLinkIsAnInternalErrorNotAViolation() throws Exception {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("thing.schema.json"), """
                {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
                """);
        GenerationResult generated = new Generator()
                .generate(GeneratorConfig.builder(schemas, RuntimeSources.PACKAGE)
                        .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                        .build());
        Map<String, byte[]> broken = new TreeMap<>();
        InMemoryCompiler.compile(generated.files())
                .forEach((name, bytes) -> broken.put(
                        name,
                        new String(bytes, StandardCharsets.ISO_8859_1)
                                .replace("required", "requireX")
                                .getBytes(StandardCharsets.ISO_8859_1)));
        SchemaCatalog catalog = new SchemaCatalog(CompiledValidators.of(generated, broken), schemas);
        JsonNode ada = JsonTrees.parse("{\"name\": \"Ada\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> catalog.validate("thing.schema.json", ada))
                .isInstanceOfSatisfying(CliFailure.class, failure -> {
                    assertThat(failure.exitCode()).isEqualTo(ExitCodes.IO);
                    assertThat(failure.getMessage())
                            .contains("do not link with this runtime", "NoSuchMethodError", "--no-cache");
                });
    }
}
