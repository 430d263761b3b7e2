package dev.synesthetic.codegen.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GitHub's workflow-command escaping: %, CR and LF everywhere; also : and , in properties. */
class WorkflowCommandsTest {
    @Test
    void dataEscapesPercentAndLineBreaksPercentFirst() {
        assertThat(WorkflowCommands.data("50%\r\nx: a, b")).isEqualTo("50%25%0D%0Ax: a, b");
        assertThat(WorkflowCommands.data("%0A")).isEqualTo("%250A");
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertThat(WorkflowCommands.property("C:\\a,b%\n")).isEqualTo("C%3A\\a%2Cb%25%0A");
    }
}
