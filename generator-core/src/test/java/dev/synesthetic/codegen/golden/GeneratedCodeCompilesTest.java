package dev.synesthetic.codegen.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden corpus, freshly generated, compiles in memory with every lint warning an error. (The
 * golden module proves the narrower claim: it compiles the same sources with nothing but
 * jackson-annotations and JSpecify on the class path.)
 */
class GeneratedCodeCompilesTest {
    static List<GoldenCorpus> corpora() {
        return GoldenCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void compilesWithoutWarnings(GoldenCorpus corpus) throws Exception {
        List<JavaFileObject> sources = new Generator()
                .generate(corpus.config()).files().stream()
                        .filter(f -> f.relativePath().endsWith(".java"))
                        .map(GeneratedCodeCompilesTest::source)
                        .toList();

        Compilation compilation =
                javac().withOptions("--release", "17", "-Xlint:all", "-Werror").compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
    }

    private static JavaFileObject source(GeneratedFile file) {
        String binaryName = file.relativePath().replace(".java", "").replace('/', '.');
        return JavaFileObjects.forSourceString(binaryName, file.content());
    }
}
