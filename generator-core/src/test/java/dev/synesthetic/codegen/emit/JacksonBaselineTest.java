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
    void threeIsJackson3ReadersOverRecordsAsTwoTwentyOneMakesThem() {
        assertThat(JacksonBaseline.parse(" 3 ")).isEqualTo(JacksonBaseline.JACKSON_3);
        assertThat(JacksonBaseline.JACKSON_3.version()).isEqualTo("3");
        assertThat(JacksonBaseline.JACKSON_3.injectsAbsent()).isTrue();
        assertThat(JacksonBaseline.JACKSON_2_21.injectsAbsent()).isTrue();
        assertThat(JacksonBaseline.JACKSON_2_18.injectsAbsent()).isFalse();
        assertThat(JacksonBaseline.JACKSON_3.readersOnJackson3()).isTrue();
        assertThat(JacksonBaseline.JACKSON_2_21.readersOnJackson3()).isFalse();
    }

    @Test
    void twoTwentyIsRefusedWithWhatToPickInstead() {
        // jackson-databind 2.20 fails on the optional injection the injecting output relies on
        assertThatThrownBy(() -> JacksonBaseline.parse("2.20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be 2.18, 2.21 or 3, not '2.20'")
                .hasMessageContaining("jackson-databind 2.20 and older: 2.18");
    }
}
