package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runtime sources are emitted with the generated package, marked as generated. */
class RuntimeSourcesTest {
    @Test
    void declaresTheGeneratedPackageInsteadOfTheRuntimes() {
        String source = RuntimeSources.source("Violation", "com.example.gen");
        assertThat(source)
                .startsWith(GeneratedFile.MARKER + "\npackage com.example.gen;\n\n")
                .doesNotContain("dev.synesthetic.codegen.runtime");
    }

    @Test
    void declaresNoPackageForTheUnnamedOne() {
        assertThat(RuntimeSources.source("Violation", "")).startsWith(GeneratedFile.MARKER + "\n\n\nimport ");
    }

    @Test
    void theRecordsHelperIsARuntimeClass() throws Exception {
        assertThat(Class.forName(RuntimeSources.PACKAGE + "." + Conversions.HELPER))
                .isNotNull();
        assertThat(RuntimeSources.source(Conversions.HELPER, "p")).contains("\nfinal class JsonValues {\n");
    }

    @Test
    void aClassTheRuntimeLacksIsAnInternalError() {
        assertThatThrownBy(() -> RuntimeSources.source("NoSuchRuntimeClass", "p"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NoSuchRuntimeClass.java is missing");
    }

    @Test
    void aRuntimeSourceInTheRuntimesOwnPackageIsTheRuntimesOwnClass() {
        String own = RuntimeSources.source("Violation", RuntimeSources.PACKAGE);
        String path = RuntimeSources.PACKAGE.replace('.', '/') + "/Violation.java";

        assertThat(RuntimeSources.isOwnRuntime(new GeneratedFile(path, own, Optional.empty())))
                .isTrue();
        // elsewhere, changed by one character, or not a runtime class: compiled like any generated source
        assertThat(RuntimeSources.isOwnRuntime(new GeneratedFile(
                        "com/example/gen/Violation.java",
                        RuntimeSources.source("Violation", "com.example.gen"),
                        Optional.empty())))
                .isFalse();
        assertThat(RuntimeSources.isOwnRuntime(new GeneratedFile(path, own + " ", Optional.empty())))
                .isFalse();
        assertThat(RuntimeSources.isOwnRuntime(new GeneratedFile(
                        RuntimeSources.PACKAGE.replace('.', '/') + "/ThingValidator.java", own, Optional.empty())))
                .isFalse();
        assertThat(RuntimeSources.isOwnRuntime(new GeneratedFile(
                        RuntimeSources.PACKAGE.replace('.', '/') + "/sub/Violation.java", own, Optional.empty())))
                .isFalse();
    }
}
