package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Host names (RFC 1123, IDNA2008) and e-mail addresses (RFC 5321, RFC 6531). */
class JsonFormatNamesTest {
    @Test
    void hostNamesMayStartWithADigitSinceRfc1123Section2_1() {
        assertThat(List.of("3com.com", "www.example.com", "a--b.com", "xn--bcher-kva.example"))
                .allMatch(JsonFormatNames::isHostname);
        assertThat(List.of("", "-a.com", "a-.com", "a..com", "a.com.", "a_b.com", "b\u00fccher.example", "xn--X"))
                .noneMatch(JsonFormatNames::isHostname);
        assertThat(JsonFormatNames.isHostname("a".repeat(63) + ".com")).isTrue();
        assertThat(JsonFormatNames.isHostname("a".repeat(64) + ".com")).isFalse();
    }

    @Test
    void idnHostNamesAreULabelsOrALabels() {
        // RFC 3492 section 7.1 (B), Chinese (simplified), as a U-label and as its A-label.
        assertThat(JsonFormatNames.isIdnHostname("\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587.example"))
                .isTrue();
        assertThat(JsonFormatNames.isIdnHostname("xn--ihqwcrb4cv8a8dqg056pqjye.example"))
                .isTrue();
        assertThat(JsonFormatNames.isIdnHostname("b\u00fccher\u3002example"))
                .as("ideographic full stop")
                .isTrue();
        assertThat(JsonFormatNames.isIdnHostname("xn--example-"))
                .as("decodes to ASCII only")
                .isFalse();
        assertThat(JsonFormatNames.isIdnHostname("\u0301hello"))
                .as("RFC 5891 4.2.3.2: leading mark")
                .isFalse();
        assertThat(JsonFormatNames.isIdnHostname("\u00fc".repeat(60)))
                .as("A-label over 63 octets")
                .isFalse();
    }

    @Test
    void rfc5892AppendixAContextRules() {
        assertThat(JsonFormatNames.isIdnHostname("l\u00b7l")).isTrue();
        assertThat(JsonFormatNames.isIdnHostname("a\u00b7l")).isFalse();
        assertThat(JsonFormatNames.isIdnHostname("\u0915\u094d\u200d\u0937"))
                .as("ZWJ after a virama")
                .isTrue();
        assertThat(JsonFormatNames.isIdnHostname("\u0915\u200d\u0937")).isFalse();
        assertThat(JsonFormatIdn.isVirama(0x094D)).isTrue();
        assertThat(JsonFormatIdn.isVirama(0x0301)).as("combining class 230").isFalse();
        assertThat(JsonFormatIdn.isVirama('a')).isFalse();
    }

    @Test
    void rfc5893BidiRule() {
        assertThat(JsonFormatNames.isIdnHostname("\u05d0\u05d1.example")).isTrue();
        assertThat(JsonFormatNames.isIdnHostname("0a.\u05d0"))
                .as("rule 1 in a Bidi domain name")
                .isFalse();
        assertThat(JsonFormatNames.isIdnHostname("a\u05d0")).as("rule 5").isFalse();
        assertThat(JsonFormatNames.isIdnHostname("\u05d00\u0660")).as("rule 4").isFalse();
    }

    @Test
    void unassignedCodePointsAreDisallowedNotAnException() {
        // U+2FE0 is unassigned (no Unicode block): RFC 5892 section 2.10, category J.
        assertThat(JsonFormatNames.isIdnHostname("\u2fe0.com")).isFalse();
        assertThat(JsonFormatNames.isHostname("xn--028p9f.com")).isFalse();
        assertThat(JsonFormatNames.isEmail("a@\u2fe0.com", true)).isFalse();
    }

    @Test
    void aLabelsAreCheckedAsTheirULabels() {
        assertThat(JsonFormatNames.isHostname("xn--1-0hc.com"))
                .as("Bidi rule on the decoded label")
                .isFalse();
        assertThat(JsonFormatNames.isIdnHostname("e\u0301.com")).as("not NFC").isFalse();
        assertThat(JsonFormatNames.isHostname("xn--e-xbb.com"))
                .as("decodes to a label not in NFC")
                .isFalse();
        assertThat(JsonFormatNames.isIdnHostname("\uab70.com"))
                .as("changes under case folding")
                .isFalse();
        assertThat(JsonFormatNames.isIdnHostname("\u00e9.com")).isTrue();
    }

    @Test
    void theMailboxesOfRfc3696Section3() {
        assertThat(List.of(
                        "\"Abc@def\"@example.com",
                        "\"Fred Bloggs\"@example.com",
                        "\"Joe\\\\Blow\"@example.com",
                        "customer/department=shipping@example.com",
                        "$A12345@example.com",
                        "!def!xyz%abc@example.com",
                        "_somename@example.com",
                        "joe@[192.0.2.1]",
                        "joe@[IPv6:2001:db8::1]"))
                .allMatch(s -> JsonFormatNames.isEmail(s, false));
        assertThat(List.of(
                        "Abc.example.com",
                        "a@b@c.com",
                        ".a@example.com",
                        "a..b@example.com",
                        "a b@example.com",
                        "joe@[300.0.0.1]",
                        "\u00fc@example.com",
                        "a@b_c.com"))
                .noneMatch(s -> JsonFormatNames.isEmail(s, false));
        assertThat(JsonFormatNames.isEmail("a".repeat(65) + "@example.com", false))
                .isFalse();
    }

    @Test
    void rfc5321AddressLiteralsAndPathLength() {
        assertThat(JsonFormatNames.isEmail("a@[127.0.0.01]", false))
                .as("Snum is 1*3DIGIT")
                .isTrue();
        assertThat(JsonFormatNames.isEmail("a@[127.0.0.0001]", false)).isFalse();
        assertThat(JsonFormatNames.isEmail("a@[x-tag:any]", false))
                .as("General-address-literal")
                .isTrue();
        assertThat(JsonFormatNames.isEmail("a@[x-:any]", false)).isFalse();
        assertThat(JsonFormatNames.isEmail("a@[x:]", false)).isFalse();
        String domain = ("a".repeat(60) + ".").repeat(4) + "com"; // 247 octets
        assertThat(JsonFormatNames.isEmail("a".repeat(6) + "@" + domain, false))
                .as("254 octets")
                .isTrue();
        assertThat(JsonFormatNames.isEmail("a".repeat(7) + "@" + domain, false))
                .as("255 octets")
                .isFalse();
    }

    @Test
    void rfc6531AddsUtf8ToTheLocalPartAndIdnDomains() {
        assertThat(JsonFormatNames.isEmail("\u00fc@b\u00fccher.example", true)).isTrue();
        assertThat(JsonFormatNames.isEmail("\u00fc@example.com", true)).isTrue();
        assertThat(JsonFormatNames.isEmail("user\uff20example.com", true)).isFalse();
    }
}
