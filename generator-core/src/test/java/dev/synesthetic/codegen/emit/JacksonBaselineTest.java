package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JacksonBaselineTest {
    @Test
    void eachBaselineIsNamedByTheOldestJacksonItsOutputBindsWith() {
        assertThat(JacksonBaseline.parse("2.18")).isEqualTo(JacksonBaseline.JACKSON_2_18);
        assertThat(JacksonBaseline.parse(" 2.21 ")).isEqualTo(JacksonBaseline.JACKSON_2_21);
        assertThat(JacksonBaseline.DEFAULT).isEqualTo(JacksonBaseline.JACKSON_2_21);
    }

    @Test
    void twoTwentyIsRefusedWithWhatToPickInstead() {
        // jackson-databind 2.20 fails on the optional injection the injecting output relies on
        assertThatThrownBy(() -> JacksonBaseline.parse("2.20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 2.18 or 2.21, not '2.20'")
                .hasMessageContaining("jackson-databind 2.20 and older: 2.18");
    }
}
