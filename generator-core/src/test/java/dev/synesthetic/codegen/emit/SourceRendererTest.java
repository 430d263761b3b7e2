package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** Rendering on several threads gives the text one thread gives, in the jobs' order. */
class SourceRendererTest {
    @Test
    void anyThreadCountAndJobOrderGivesTheSequentialTextInJobOrder() {
        List<SourceRenderer.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobs.add(
                    SourceRenderer.job("p.q", type(i), i % 3 == 0 ? Optional.empty() : Optional.of("s" + i + ".json")));
        }
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<SourceRenderer.Job> order = new ArrayList<>(jobs);
            Collections.shuffle(order, random);
            List<GeneratedFile> expected = new ArrayList<>();
            for (SourceRenderer.Job job : order) {
                expected.add(new GeneratedFile(job.relativePath(), job.file().toString(), job.sourceFile()));
            }
            for (int threads : new int[] {1, 2, 3, 8, 64}) {
                assertThat(new SourceRenderer(threads).render(order))
                        .as("%d threads", threads)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void jobsLayOutFilesAsTheGeneratedCodeDoes() {
        SourceRenderer.Job job = SourceRenderer.job("p.q", type(1), Optional.of("a.json"));

        assertThat(job.relativePath()).isEqualTo("p/q/T1.java");
        assertThat(SourceRenderer.path("", "T1")).isEqualTo("T1.java");
        String text = new SourceRenderer(2).render(List.of(job)).get(0).content();
        assertThat(text).startsWith(GeneratedFile.MARKER + "\npackage p.q;\n").contains("\n  public int m0() {\n");
    }

    @Test
    void aFailureOnAnyThreadIsThrownAsItIsOnTheCaller() {
        List<SourceRenderer.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(SourceRenderer.job("p", type(i), Optional.empty()));
        }
        jobs.add(5, SourceRenderer.job("p", failing("Bad", new IllegalStateException("boom")), Optional.empty()));
        jobs.add(SourceRenderer.job("p", failing("Deep", new StackOverflowError()), Optional.empty()));
        for (int threads : new int[] {1, 2, 4}) {
            assertThatThrownBy(() -> new SourceRenderer(threads).render(jobs))
                    .isInstanceOfAny(IllegalStateException.class, StackOverflowError.class);
            assertThatThrownBy(() -> new SourceRenderer(threads).render(jobs.subList(0, 6)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("boom");
            assertThatThrownBy(() -> new SourceRenderer(threads).render(jobs.subList(10, 12)))
                    .isInstanceOf(StackOverflowError.class);
        }
        assertThatThrownBy(() -> new SourceRenderer(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A class whose methods use imported, same-package and colliding names, so imports differ per file. */
    private static TypeSpec type(int i) {
        TypeSpec.Builder type = TypeSpec.classBuilder("T" + i).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (int m = 0; m <= i % 5; m++) {
            ClassName list = m % 2 == 0 ? ClassName.get("java.util", "List") : ClassName.get("p.other", "List");
            type.addMethod(MethodSpec.methodBuilder("m" + m)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(int.class)
                    .addJavadoc("Method $L of $S.\n", m, "T" + i)
                    .addStatement("$T<$T> values = $T.of($S, $L)", list, String.class, list, "a\"b\n", m)
                    .addStatement("return $T.size(values) + $L", ClassName.get("p.q", "Helper"), i)
                    .build());
        }
        return type.build();
    }

    private static TypeSpec failing(String name, Throwable thrown) {
        Object literal = new Object() {
            @Override
            public String toString() {
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            }
        };
        return TypeSpec.classBuilder(name)
                .addMethod(MethodSpec.methodBuilder("m")
                        .addCode(CodeBlock.of("int x = $L;\n", literal))
                        .build())
                .build();
    }
}
