package dev.synesthetic.codegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** URIs (RFC 3986), IRIs (RFC 3987) and URI templates (RFC 6570), with their RFCs' examples. */
class JsonFormatUrisTest {
    @Test
    void theUrisOfRfc3986Section1_1_2() {
        assertThat(List.of(
                        "ftp://ftp.is.co.za/rfc/rfc1808.txt",
                        "http://www.ietf.org/rfc/rfc2396.txt",
                        "ldap://[2001:db8::7]/c=GB?objectClass?one",
                        "mailto:John.Doe@example.com",
                        "news:comp.infosystems.www.servers.unix",
                        "tel:+1-816-555-1212",
                        "telnet://192.0.2.16:80/",
                        "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
                        "http://[v7.fe80::a+en1]/"))
                .allMatch(s -> JsonFormatUris.isUri(s, false, false));
        assertThat(List.of(
                        "//example.com/",
                        "/abc",
                        "abc",
                        "1http://a",
                        "http://a b",
                        "http://a/%zz",
                        "http://a:b/",
                        "http://[::1/",
                        "http://example.com/\u00e9"))
                .noneMatch(s -> JsonFormatUris.isUri(s, false, false));
    }

    @Test
    void theReferencesOfRfc3986Section5_4() {
        assertThat(List.of(
                        "g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".",
                        "..", "../g", "../../g"))
                .allMatch(s -> JsonFormatUris.isUri(s, true, false));
        assertThat(List.of("a:b:c/d e", "\\\\host\\share", "#a#b", "g h"))
                .noneMatch(s -> JsonFormatUris.isUri(s, true, false));
        assertThat(JsonFormatUris.isUri("a/b:c", true, false))
                .as("path-noscheme may hold a colon later")
                .isTrue();
    }

    @Test
    void theIrisOfRfc3987Section3() {
        assertThat(List.of(
                        "http://r\u00e9sum\u00e9.example.org",
                        "http://www.example.org/red%09ros\u00e9#red",
                        "http://www.example.org/D\u00fcrst",
                        "http://example.com/?q=\ue000"))
                .allMatch(s -> JsonFormatUris.isUri(s, false, true));
        assertThat(JsonFormatUris.isUri("http://example.com/\ue000", false, true))
                .as("iprivate only in the query")
                .isFalse();
        assertThat(JsonFormatUris.isUri("/r\u00e9sum\u00e9", true, true)).isTrue();
        assertThat(JsonFormatUris.isUri("r\u00e9sum\u00e9 2", true, true)).isFalse();
    }

    @Test
    void theTemplatesOfRfc6570Section1_2() {
        assertThat(List.of(
                        "http://example.com/~{username}/",
                        "http://example.com/dictionary/{term:1}/{term}",
                        "http://example.com/search{?q,lang}",
                        "{/list*}",
                        "{+path:6}/here",
                        "{#keys*}",
                        "{var.name,%41b}"))
                .allMatch(JsonFormatUris::isUriTemplate);
        assertThat(List.of("{", "{}", "{var:0}", "{var:10000}", "{x y}", "a}b{", "<{x}>", "{a,}"))
                .noneMatch(JsonFormatUris::isUriTemplate);
    }
}
