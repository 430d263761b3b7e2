package dev.synesthetic.codegen.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The compile-and-load unit front ends share: the class path is the caller's, nothing is read from the JVM's. */
class InMemoryJavacTest {
    private static final GeneratedFile ANNOTATED = new GeneratedFile("p/Greeting.java", """
            package p;

            import org.jspecify.annotations.Nullable;

            public final class Greeting {
                public static String greet(@Nullable String name) {
                    return "hello " + (name == null ? "nobody" : name);
                }
            }
            """, Optional.empty());

    private static Path jspecify() throws Exception {
        return Path.of(Nullable.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    @Test
    void compilesAgainstTheGivenClassPathAndLoadsUnderTheGivenParent() throws Exception {
        CompiledClasses compiled = InMemoryJavac.compile(List.of(ANNOTATED), List.of(jspecify()));

        assertThat(compiled.classes()).containsOnlyKeys("p.Greeting");
        Class<?> greeting = compiled.loader(getClass().getClassLoader()).loadClass("p.Greeting");
        assertThat(greeting.getMethod("greet", String.class).invoke(null, "you"))
                .isEqualTo("hello you");
    }

    @Test
    void withoutWhatTheSourcesNeedOnTheClassPathItDoesNotCompile() {
        // This JVM's class path has jspecify: only the given (empty) one counts.
        assertThatThrownBy(() -> InMemoryJavac.compile(List.of(ANNOTATED), List.of()))
                .isInstanceOfSatisfying(
                        CompileException.class, e -> assertThat(e.noCompiler()).isFalse())
                .hasMessageContaining("the generated code does not compile")
                .hasMessageContaining("org.jspecify.annotations");
    }

    @Test
    void nonJavaFilesAreLeftOut() throws Exception {
        GeneratedFile manifest = new GeneratedFile("codegen-manifest.json", "{}", Optional.empty());

        assertThat(InMemoryJavac.compile(List.of(manifest), List.of()).classes())
                .isEmpty();
    }
}
