package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which old file is which new one, and which values are one value, before any verdict. */
class CompatMatchingTest {
    @TempDir
    Path old;

    @TempDir
    Path neu;

    private CompatReport compare() throws Exception {
        return CompatChecker.compare(config(old), config(neu), DocumentValidators.NONE);
    }

    private static GeneratorConfig config(Path folder) {
        return GeneratorConfig.builder(folder, "p")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .build();
    }

    private static void write(Path file, String json) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    @Test
    void aRenamedIdInAnotherFolderStillPairsByFileName() throws Exception {
        // a history snapshot's root holds jsonschema/…, and the $id lost a hyphen since
        write(old.resolve("jsonschema/asset.schema.json"), """
                {"$id": "https://example.com/0.1.0/assetschema.json", "type": "object",
                 "properties": {"a": {"type": "string"}}}""");
        write(neu.resolve("asset.schema.json"), """
                {"$id": "https://example.com/0.2.0/asset-schema.json", "type": "object",
                 "properties": {"a": {"type": "string"}}, "required": ["a"]}""");

        assertThat(compare().changes()).extracting(SchemaChange::kind).containsExactly(ChangeKind.REQUIRED_ADDED);
    }

    @Test
    void numbersAreEqualByValueInEnums() throws Exception {
        write(old.resolve("e.schema.json"), "{\"enum\": [1, \"a\"]}");
        write(neu.resolve("e.schema.json"), "{\"enum\": [1.0, \"a\"]}");

        assertThat(compare().changes()).isEmpty();
    }
}
