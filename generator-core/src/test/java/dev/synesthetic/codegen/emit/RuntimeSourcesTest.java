package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.write.GeneratedFile;
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
}
