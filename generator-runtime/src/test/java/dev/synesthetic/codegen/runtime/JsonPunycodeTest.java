package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3492 section 7.1's sample strings, both ways. */
class JsonPunycodeTest {
    private static final String CHINESE = "\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587";
    private static final String JAPANESE = "3\u5e74B\u7d44\u91d1\u516b\u5148\u751f";

    @Test
    void samplesDecodeAndEncode() {
        assertThat(JsonPunycode.decode("ihqwcrb4cv8a8dqg056pqjye")).isEqualTo(CHINESE);
        assertThat(JsonPunycode.encode(CHINESE)).isEqualTo("ihqwcrb4cv8a8dqg056pqjye");
        assertThat(JsonPunycode.decode("3B-ww4c5e180e575a65lsy2b")).isEqualTo(JAPANESE);
        assertThat(JsonPunycode.encode(JAPANESE)).isEqualTo("3B-ww4c5e180e575a65lsy2b");
        assertThat(JsonPunycode.encode("b\u00fccher")).isEqualTo("bcher-kva");
    }

    @Test
    void notPunycode() {
        assertThat(JsonPunycode.decode("X")).isNull();
        assertThat(JsonPunycode.decode("\u00e9-a")).isNull();
        assertThat(JsonPunycode.decode("99999999999999")).isNull();
    }
}
