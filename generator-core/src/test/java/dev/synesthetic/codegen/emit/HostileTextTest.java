package dev.synesthetic.codegen.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema text can hold anything. Titles, descriptions, enum values and property names that try to
 * end a comment, smuggle a newline through a unicode escape, start Javadoc tags or inject code
 * still give code that compiles with doclint on and keeps every value exactly.
 */
class HostileTextTest {
    @TempDir
    Path temp;

    private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.com/hostile.schema.json",
        "title": "Evil */ class X {} /* \\\\u000a @deprecated <b>bold</b> {@code x} & \\u0007",
        "description": "line one\\r\\nline two\\u2028third */ \\\\u002a/ $ $L $S",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "weird \\"name\\" */": {
            "description": "ends with backslash \\\\",
            "enum": ["*/", "\\\\u000a", "\\"quoted\\"", "$S", "tab\\there", "", "ünïcödé"]
          }
        }
      }
      """;

    @Test
    void hostileSchemaTextCompilesUnderDoclintAndKeepsValues() throws Exception {
        Files.writeString(temp.resolve("hostile.schema.json"), SCHEMA);

        GenerationResult result =
                new Generator().generate(GeneratorConfig.builder(temp, "p").build());
        Compilation compilation = javac().withOptions(
                        "--release", "17", "-Xlint:all", "-Werror", "-Xdoclint:all,-missing")
                .compile(result.files().stream()
                        .filter(f -> f.relativePath().endsWith(".java"))
                        .map(f -> JavaFileObjects.forSourceString(
                                f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
                        .toList());

        assertThat(compilation).succeededWithoutWarnings();
        String enumSource = result.files().stream()
                .filter(f -> f.content().contains("public enum "))
                .findFirst()
                .orElseThrow()
                .content();
        assertThat(enumSource)
                .contains("(\"*/\")", "(\"\\\\u000a\")", "(\"\\\"quoted\\\"\")", "(\"$S\")", "(\"tab\\there\")");
        assertThat(result.files()).noneMatch(f -> f.content().contains("class X {}\n"));
    }
}
