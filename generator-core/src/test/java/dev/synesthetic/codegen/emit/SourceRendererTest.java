package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** Files come out in the generated code's layout, in the jobs' order. */
class SourceRendererTest {
    @Test
    void jobsLayOutFilesAsTheGeneratedCodeDoesInTheirOrder() {
        SourceRenderer.Job b = SourceRenderer.job("p.q", type("B"), Optional.of("b.json"));
        SourceRenderer.Job a = SourceRenderer.job("", type("A"), Optional.empty());

        List<GeneratedFile> files = SourceRenderer.render(List.of(b, a));

        assertThat(files).extracting(GeneratedFile::relativePath).containsExactly("p/q/B.java", "A.java");
        assertThat(files.get(0).sourceFile()).contains("b.json");
        assertThat(files.get(0).content())
                .startsWith(GeneratedFile.MARKER + "\npackage p.q;\n\nimport java.util.List;\n")
                .contains("\n  public List<String> m() {\n    return List.of();\n  }\n");
        assertThat(files.get(1).content()).startsWith(GeneratedFile.MARKER + "\nimport java.util.List;\n");
    }

    private static TypeSpec type(String name) {
        return TypeSpec.classBuilder(name)
                .addMethod(MethodSpec.methodBuilder("m")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(com.palantir.javapoet.ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return $T.of()", List.class)
                        .build())
                .build();
    }
}
