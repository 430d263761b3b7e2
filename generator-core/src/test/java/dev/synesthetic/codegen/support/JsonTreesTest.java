package dev.synesthetic.codegen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The streaming tree reader must give exactly the trees the mapper-based loader gave. */
class JsonTreesTest {
    @Test
    void numbersStayExactLikeTheMapperWithBigDecimals() throws Exception {
        String json =
                "{\"a\":1.0,\"b\":1.50,\"c\":1e400,\"d\":12345678901234567890,\"e\":3000000000,\"f\":-0.0,\"g\":7}";
        JsonNode tree = JsonTrees.parse(json);

        JsonNode viaMapper = JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build()
                .readTree(json);
        assertThat(tree).isEqualTo(viaMapper);
        assertThat(tree.get("c").decimalValue()).isEqualTo(new BigDecimal("1e400"));
        assertThat(tree.get("d").bigIntegerValue()).isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(tree.get("e").isLong()).isTrue();
        assertThat(tree.get("g").isInt()).isTrue();
    }

    @Test
    void aRepeatedKeyFailsAtItsPath() {
        assertThatThrownBy(() -> JsonTrees.parse("{\"a\":{\"b\":1,\"b\":2}}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'b'")
                .satisfies(e -> assertThat(((JsonParseException) e)
                                .getProcessor()
                                .getParsingContext()
                                .pathAsPointer())
                        .hasToString("/a/b"));
    }

    @Test
    void trailingContentAndTruncationFail() throws Exception {
        assertThatThrownBy(() -> JsonTrees.parse("{} []"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("trailing content");
        assertThatThrownBy(() -> JsonTrees.parse("{\"a\":[1,")).isInstanceOf(JsonParseException.class);
        assertThat(JsonTrees.parse("  ")).isNull();
    }

    @Test
    void canonicalFormSortsKeysAtEveryDepthAndIgnoresSpacing() throws Exception {
        JsonNode one = JsonTrees.parse("{\"b\": {\"y\": 1, \"x\": [true, null]}, \"a\": \"\\u00e9\"}");
        JsonNode two = JsonTrees.parse("{\"a\":\"é\",\"b\":{\"x\":[true,null],\"y\":1}}");

        assertThat(JsonTrees.write(one, true))
                .isEqualTo("{\"a\":\"é\",\"b\":{\"x\":[true,null],\"y\":1}}")
                .isEqualTo(JsonTrees.write(two, true));
        assertThat(JsonTrees.write(one, false)).startsWith("{\"b\":");
    }

    @Test
    void prettyOutputIsLfOnlyWithTwoSpaceIndent() throws Exception {
        String pretty = JsonTrees.writePretty(JsonTrees.parse("{\"a\":[1,2],\"b\":{\"c\":\"d\"}}"));

        assertThat(pretty).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": \"d\"\n  }\n}");
    }

    @Test
    void compactOutputIsWhatJsonNodeToStringGives() throws Exception {
        // the validators' enum/const text is written this way instead of toString(), which builds a mapper
        String[] documents = {
            "[\"a\\\"b\",\"\\u0000\\u001f\\t\\n\\r\\b\\f\",\"é\\u2028/\\\\\",\"😀\"]",
            "[1,-0,0.5,1.50,1e400,-1E-7,12345678901234567890,3000000000,true,false,null]",
            "{\"b\":{\"y\":[],\"x\":{}},\"a\":[{\"k\":null}],\"\":\"<&>\"}",
            "\"plain\"",
            "2.0"
        };
        for (String json : documents) {
            JsonNode tree = JsonTrees.parse(json);
            assertThat(JsonTrees.write(tree, false)).as(json).isEqualTo(tree.toString());
        }
    }
}
