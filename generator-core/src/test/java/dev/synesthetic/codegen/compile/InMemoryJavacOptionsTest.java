package dev.synesthetic.codegen.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code --release 17} makes javac open the JDK's ct.sym archive (2% of a cold validate's CPU on the
 * Synesthetic corpus); on a JDK 17 its own API is release 17's, so it is left out there.
 */
class InMemoryJavacOptionsTest {
    @Test
    void aJdk17CompilesAgainstItsOwnApiWithoutCtSym() {
        assertThat(InMemoryJavac.options(17, "cp.jar")).containsExactly("-proc:none", "-classpath", "cp.jar");
    }

    @Test
    void aLaterJdkCompilesForRelease17() {
        assertThat(InMemoryJavac.options(25, "cp.jar"))
                .containsExactly("--release", "17", "-proc:none", "-classpath", "cp.jar");
    }
}
