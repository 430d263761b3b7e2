package dev.synesthetic.codegen.analyze;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enum}/{@code const} of any JSON scalars: a Java enum whose constants carry their JSON value
 * (numbers exactly as written), booleans alone a {@code Boolean}, null a nullable component, and
 * objects or arrays the type their values allow (the validator asserts membership).
 */
class ScalarEnumsTest {
    private static final String SCHEMA = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
            + " \"title\": \"Rule\", \"type\": \"object\", \"properties\": {"
            + " \"severity\": {\"enum\": [0, 1, 2, \"off\", \"warn\", \"error\"]},"
            + " \"ratio\": {\"enum\": [1, 1.50, -0.5, 2.5e3]},"
            + " \"version\": {\"const\": 2},"
            + " \"strict\": {\"const\": true},"
            + " \"flag\": {\"enum\": [true, false, null]},"
            + " \"level\": {\"enum\": [\"low\", 3, null]},"
            + " \"preset\": {\"enum\": [\"none\", {\"a\": 1}, [1, 2]]}}}";
    private static final ObjectMapper MAPPER = ReadmeMapper.jackson2();

    @TempDir
    Path temp;

    private GenerationResult result;

    @BeforeEach
    void generate() throws Exception {
        Files.writeString(temp.resolve("rule.schema.json"), SCHEMA);
        result = new Generator()
                .generate(GeneratorConfig.builder(temp, "com.example.enums").build());
    }

    @Test
    void scalarEnumsAreJavaEnumsWhoseConstantsCarryTheirJsonValue() {
        assertThat(source("RuleSeverity.java"))
                .contains(
                        "V_0(new BigDecimal(\"0\"))", "V_2(new BigDecimal(\"2\"))", "OFF(\"off\")", "ERROR(\"error\")")
                .contains("public Object value()");
        assertThat(source("RuleRatio.java"))
                .contains("V_1(new BigDecimal(\"1\"))", "V_1_5(new BigDecimal(\"1.5\"))", "V_MINUS_0_5(")
                .contains("V_2_5E3(new BigDecimal(\"2.5E+3\"))");
        assertThat(source("RuleVersion.java")).contains("V_2(new BigDecimal(\"2\"))");
        assertThat(source("Rule.java"))
                .contains("@Nullable Boolean strict", "Optional<Boolean> flag", "Optional<RuleLevel> level")
                .contains("@Nullable Object preset");
    }

    @Test
    void valuesBindByDatabindAndFromJsonValueAndWriteBackExactly() throws Exception {
        Compilation compilation = InMemoryJava.compile(result.files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeeded();
        Class<?> rule = InMemoryJava.load(compilation).loadClass("com.example.enums.Rule");
        String json = "{\"severity\":\"warn\",\"ratio\":1.5,\"version\":2,\"strict\":true,\"flag\":null,"
                + "\"level\":3,\"preset\":{\"a\":1}}";

        Object bound = MAPPER.readValue(json, rule);
        Object viaValue =
                rule.getMethod("fromJsonValue", Object.class).invoke(null, MAPPER.readValue(json, Object.class));

        assertThat(MAPPER.writeValueAsString(bound)).isEqualTo(json);
        assertThat(MAPPER.writeValueAsString(viaValue)).isEqualTo(json);
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue("{\"ratio\":1.50,\"severity\":2}", rule)))
                .isEqualTo("{\"severity\":2,\"ratio\":1.5}");
    }

    private String source(String file) {
        return result.files().stream()
                .filter(f -> f.relativePath().endsWith("/" + file))
                .findFirst()
                .map(GeneratedFile::content)
                .orElseThrow(() -> new AssertionError("no " + file + " among "
                        + result.files().stream()
                                .map(GeneratedFile::relativePath)
                                .toList()));
    }
}
