package dev.synesthetic.codegen.builders;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus with a type named {@code Builder}: no record's nested builder may shadow it. */
class BuilderNameTest {
    private static final String BUILDER = """
        {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Builder","type":"object",
         "required":["name"],"properties":{"name":{"type":"string"}}}
        """;
    private static final String HOST = """
        {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Host","type":"object",
         "required":["b"],"properties":{"b":{"$ref":"builder.schema.json"}}}
        """;
    private static final String USAGE = """
        package p;

        public final class Usage {
          private Usage() {}

          public static String build() {
            Host host = Host.builder().b(Builder.builder().name("n").build()).build();
            return host.b().name() + " " + host.toBuilder().build().equals(host);
          }
        }
        """;

    @TempDir
    Path corpus;

    @Test
    void aTypeNamedBuilderKeepsItsNameAndTheNestedBuildersGetAFreeOne() throws Exception {
        Files.createDirectories(corpus.resolve("s"));
        Files.writeString(corpus.resolve("s/builder.schema.json"), BUILDER);
        Files.writeString(corpus.resolve("s/host.schema.json"), HOST);
        GenerationResult result =
                new Generator().generate(GeneratorConfig.builder(corpus, "p").build());
        List<GeneratedFile> files = new ArrayList<>(result.files());
        files.add(new GeneratedFile("p/Usage.java", USAGE));

        Compilation compilation = InMemoryJava.compile(files, "--release", "17", "-Xlint:all", "-Werror");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(content(result, "p/Host.java")).contains("public static final class HostBuilder");
        assertThat(content(result, "p/Builder.java")).contains("public static final class BuilderBuilder");
        Object built = InMemoryJava.load(compilation)
                .loadClass("p.Usage")
                .getMethod("build")
                .invoke(null);
        assertThat(built).isEqualTo("n true");
    }

    private static String content(GenerationResult result, String path) {
        return result.files().stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow()
                .content();
    }
}
