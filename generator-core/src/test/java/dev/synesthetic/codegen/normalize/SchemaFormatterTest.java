package dev.synesthetic.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synesthetic.codegen.vocabulary.Draft;
import org.junit.jupiter.api.Test;

class SchemaFormatterTest {
    private static String format(String json) throws NotJsonException {
        return SchemaFormatter.format(json, Draft.DRAFT_2020_12);
    }

    @Test
    void ordersKeysOfEverySchemaObjectHeadFirstRestByCodePointDefinitionsLast() throws Exception {
        String in = "{\"type\":\"object\",\"zeta\":1,\"$defs\":{\"Z\":{\"minimum\":1,\"description\":\"d\"}},"
                + "\"additionalProperties\":false,\"title\":\"T\",\"$id\":\"urn:x\","
                + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                + "\"items\":{\"type\":\"string\",\"$ref\":\"#/$defs/Z\"},\"description\":\"D\"}";
        assertThat(format(in)).isEqualTo("""
                        {
                          "$schema": "https://json-schema.org/draft/2020-12/schema",
                          "$id": "urn:x",
                          "title": "T",
                          "description": "D",
                          "type": "object",
                          "additionalProperties": false,
                          "items": {
                            "$ref": "#/$defs/Z",
                            "type": "string"
                          },
                          "zeta": 1,
                          "$defs": {
                            "Z": {
                              "description": "d",
                              "minimum": 1
                            }
                          }
                        }
                        """);
    }

    @Test
    void keepsTheOrderOfNameMapsAndOfData() throws Exception {
        String in = "{\"properties\":{\"b\":{\"type\":\"string\",\"title\":\"B\"},\"a\":{}},"
                + "\"enum\":[{\"z\":1,\"a\":2}],\"const\":{\"z\":1,\"a\":2},\"default\":{\"z\":{\"type\":1,\"$id\":2}},"
                + "\"examples\":[{\"z\":1,\"a\":2}],\"x-ext\":{\"z\":1,\"a\":2},"
                + "\"dependentRequired\":{\"z\":[\"a\"],\"a\":[\"z\"]}}";
        assertThat(format(in)).isEqualTo("""
                        {
                          "enum": [
                            {
                              "z": 1,
                              "a": 2
                            }
                          ],
                          "const": {
                            "z": 1,
                            "a": 2
                          },
                          "default": {
                            "z": {
                              "type": 1,
                              "$id": 2
                            }
                          },
                          "dependentRequired": {
                            "z": [
                              "a"
                            ],
                            "a": [
                              "z"
                            ]
                          },
                          "examples": [
                            {
                              "z": 1,
                              "a": 2
                            }
                          ],
                          "properties": {
                            "b": {
                              "title": "B",
                              "type": "string"
                            },
                            "a": {}
                          },
                          "x-ext": {
                            "z": 1,
                            "a": 2
                          }
                        }
                        """);
    }

    @Test
    void writesNumbersAndStringsExactlyAsWritten() throws Exception {
        String in = "{\"minimum\":1.0,\"maximum\":1E+5,\"multipleOf\":0.10,\"const\":-0,"
                + "\"description\":\"\\u00e9 \\/ \\\" é \\t\",\"\\u0074itle\":\"x\"}";
        assertThat(format(in)).isEqualTo("""
                        {
                          "\\u0074itle": "x",
                          "description": "\\u00e9 \\/ \\" é \\t",
                          "const": -0,
                          "maximum": 1E+5,
                          "minimum": 1.0,
                          "multipleOf": 0.10
                        }
                        """);
    }

    @Test
    void writesTwoSpacesLfAndOneFinalNewlineWhateverTheInput() throws Exception {
        String in = "\uFEFF{\r\n\t\"type\" :\t\"array\",\r\n\"items\":[ ],\"properties\":{ }}\r\n\r\n";
        assertThat(format(in)).isEqualTo("{\n  \"type\": \"array\",\n  \"items\": [],\n  \"properties\": {}\n}\n");
    }

    @Test
    void sortsTheRestByCodePointNotByUtf16Unit() throws Exception {
        // U+FF21 sorts before U+1F600, though the emoji's first UTF-16 unit (0xD83D) is smaller.
        String in = "{\"\uD83D\uDE00\":1,\"\uFF21\":2,\"b\":3}";
        assertThat(format(in)).isEqualTo("{\n  \"b\": 3,\n  \"\uFF21\": 2,\n  \"\uD83D\uDE00\": 1\n}\n");
    }

    @Test
    void knowsWhichKeywordsHoldSchemasByTheFilesDraft() throws Exception {
        String keyword = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                + "\"prefixItems\":[{\"type\":\"string\",\"title\":\"t\"}]}";
        assertThat(format(keyword)).contains("\"title\": \"t\",\n      \"type\": \"string\"");
        // prefixItems is no keyword in draft-07: its value is left as written.
        String unknown = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
                + "\"prefixItems\":[{\"type\":\"string\",\"title\":\"t\"}],"
                + "\"items\":[{\"type\":\"string\",\"title\":\"t\"}],\"not\":true}";
        String formatted = format(unknown);
        assertThat(formatted).contains("\"type\": \"string\",\n      \"title\": \"t\"");
        assertThat(formatted).contains("\"title\": \"t\",\n      \"type\": \"string\"");
        assertThat(formatted).contains("\"not\": true");
    }

    @Test
    void isIdempotent() throws Exception {
        String in = "{\"type\":\"object\",\"properties\":{\"b\":{\"enum\":[1,{\"y\":[],\"x\":{}}],\"title\":\"B\"}},"
                + "\"$defs\":{\"A\":{\"anyOf\":[{\"type\":\"null\",\"$comment\":\"c\"},true]}},\"title\":\"T\"}";
        String once = format(in);
        assertThat(format(once)).isEqualTo(once);
    }

    @Test
    void invalidJsonIsAnErrorWithLineAndColumn() {
        assertThatThrownBy(() -> format("{\n  \"type\": \"object\",\n  \"title\" \"x\"\n}"))
                .isInstanceOf(NotJsonException.class)
                .hasMessageContaining("line 3, column");
        assertThatThrownBy(() -> format("{\"type\":1,\"type\":2}"))
                .isInstanceOf(NotJsonException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> format("{} {}")).isInstanceOf(NotJsonException.class);
        assertThatThrownBy(() -> format("  ")).isInstanceOf(NotJsonException.class);
    }
}
