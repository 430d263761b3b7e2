package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.support.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both sides' validators written in core prove counterexamples as the CLI's cached ones do. */
class CompiledSideTest {
    private static final String OLD = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"name": {"type": "string", "format": "email"}}}
            """;

    @TempDir
    Path temp;

    private GeneratorConfig side(String name, String schema, boolean formats) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("person.schema.json"), schema);
        GeneratorConfig base = GeneratorConfig.builder(temp.resolve("elsewhere"), "p.people")
                .strict(true)
                .build();
        return CompiledSide.validatorConfig(base, folder, formats);
    }

    @Test
    void theValidatorConfigIsTheUsersCorpusOptionsOnTheSideFolderValidatorsOnly() throws Exception {
        GeneratorConfig config = side("old", OLD, false);

        assertThat(config.schemaFolder()).isEqualTo(temp.resolve("old"));
        assertThat(config.packageName()).isEqualTo("p.people");
        assertThat(config.strict()).isTrue();
        assertThat(config.emit()).isEqualTo(GeneratorConfig.Emit.VALIDATORS_ONLY);
        assertThat(config.formatAssertions()).isFalse();
    }

    @Test
    void aRequiredPropertyAddedIsProvenWithBothSidesWrittenHere() throws Exception {
        GeneratorConfig old = side("old", OLD, true);
        GeneratorConfig next = side(
                "new", OLD.replace("\"type\": \"object\"", "\"type\": \"object\", \"required\": [\"name\"]"), true);
        CompiledSide oldSide = CompiledSide.write(old, getClass().getClassLoader());
        CompiledSide newSide = CompiledSide.write(next, getClass().getClassLoader());
        CompatReport report = CompatChecker.compare(old, next, CompiledSide.both(oldSide, newSide));

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REQUIRED_ADDED);
            assertThat(change.backward().counterexample().orElseThrow().status())
                    .isEqualTo(Counterexample.Status.PROVEN);
            assertThat(change.backward()
                            .counterexample()
                            .orElseThrow()
                            .document()
                            .orElseThrow())
                    .hasToString("{}");
        });
    }

    @Test
    void formatsAssertWhenTheSwitchSaysSo() throws Exception {
        JsonNode notAnAddress = JsonTrees.parse("{\"name\": \"not an address\"}");
        JsonNode address = JsonTrees.parse("{\"name\": \"a@b.example\"}");
        ClassLoader parent = getClass().getClassLoader();

        CompiledSide asserting = CompiledSide.write(side("formats", OLD, true), parent);
        CompiledSide annotating = CompiledSide.write(side("annotations", OLD, false), parent);

        assertThat(asserting.valid("person.schema.json", address)).isTrue();
        assertThat(asserting.valid("person.schema.json", notAnAddress)).isFalse();
        assertThat(annotating.valid("person.schema.json", notAnAddress)).isTrue();
    }
}
