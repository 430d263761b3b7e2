package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IP addresses, UUIDs and JSON Pointers, with their RFCs' examples. */
class JsonFormatAddressesTest {
    @Test
    void dottedQuads() {
        assertThat(List.of("192.0.2.1", "0.0.0.0", "255.255.255.255")).allMatch(JsonFormatAddresses::isIpv4);
        assertThat(List.of("256.0.0.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "0x7f.0.0.1", "1.2.3.\u0664", ""))
                .noneMatch(JsonFormatAddresses::isIpv4);
    }

    @Test
    void theTextFormsOfRfc4291Section2_2() {
        assertThat(List.of(
                        "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789",
                        "2001:DB8:0:0:8:800:200C:417A",
                        "2001:DB8::8:800:200C:417A",
                        "FF01::101",
                        "::1",
                        "::",
                        "0:0:0:0:0:0:13.1.68.3",
                        "::13.1.68.3",
                        "::FFFF:129.144.52.38"))
                .allMatch(JsonFormatAddresses::isIpv6);
        assertThat(List.of(
                        "2001:DB8::8::1",
                        "1:2:3:4:5:6:7",
                        "1:2:3:4:5:6:7:8:9",
                        "12345::",
                        "::1.2.3",
                        "fe80::1%eth0",
                        "1::2:3.4.5.6:7"))
                .noneMatch(JsonFormatAddresses::isIpv6);
    }

    @Test
    void theUuidOfRfc4122Appendix() {
        assertThat(JsonFormatAddresses.isUuid("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"))
                .isTrue();
        assertThat(JsonFormatAddresses.isUuid("F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6"))
                .isTrue();
        assertThat(JsonFormatAddresses.isUuid("f81d4fae7dec11d0a76500a0c91e6bf6"))
                .isFalse();
        assertThat(JsonFormatAddresses.isUuid("urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6"))
                .isFalse();
    }

    @Test
    void thePointersOfRfc6901Section5() {
        assertThat(List.of("", "/foo", "/foo/0", "/", "/a~1b", "/c%d", "/e^f", "/g|h", "/i\\j", "/k\"l", "/ ", "/m~0n"))
                .allMatch(JsonFormatAddresses::isJsonPointer);
        assertThat(List.of("foo", "/~2", "/a~", "#/foo")).noneMatch(JsonFormatAddresses::isJsonPointer);
    }

    @Test
    void theRelativePointersOfTheDraftsExamples() {
        assertThat(List.of("0", "1/0", "0-1", "2/highly/nested/objects", "0#", "0+1#", "1#", "0/objects"))
                .allMatch(JsonFormatAddresses::isRelativeJsonPointer);
        assertThat(List.of("", "01", "-1/a", "/a", "0##", "1#/a", "0+01#", "0+"))
                .noneMatch(JsonFormatAddresses::isRelativeJsonPointer);
    }
}
