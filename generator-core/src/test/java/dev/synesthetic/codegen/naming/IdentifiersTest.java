package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {
    @ParameterizedTest
    @CsvSource({
        "synesthetic-asset, SynestheticAsset",
        "InputParameter, InputParameter",
        "control_parameters, ControlParameters",
        "Tone.Synth, ToneSynth",
        "HTTPServer, HTTPServer",
        "3d-model, _3dModel",
        "'', _",
    })
    void pascal(String input, String expected) {
        assertThat(Identifiers.pascal(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "control_parameters, controlParameters",
        "mouseButtons, mouseButtons",
        "input parameters, inputParameters",
        "Q, q",
        "$schema, schema",
        "HTTPServer, httpServer",
        "9lives, _9lives",
        "über-größe, überGröße",
    })
    void camel(String input, String expected) {
        assertThat(Identifiers.camel(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Tone.Synth, TONE_SYNTH",
        "mouse.x, MOUSE_X",
        "scaleProfile, SCALE_PROFILE",
        "linear, LINEAR",
        "1st, _1ST",
        "idle, IDLE",
    })
    void constant(String input, String expected) {
        assertThat(Identifiers.constant(input)).isEqualTo(expected);
    }
}
