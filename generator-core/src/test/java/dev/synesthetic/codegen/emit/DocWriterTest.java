package dev.synesthetic.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc of generated types: the schema's title or description first, never a title that only
 * repeats the file name; constraints in words; the schema location as {@code @see}.
 */
class DocWriterTest {
    @TempDir
    Path folder;

    @Test
    void aTitleThatIsTheFileNameIsNotTheFirstSentence() throws Exception {
        String java = SmallModel.emit(
                folder, "synesthetic-asset.schema.json", """
                {"title": "synesthetic-asset", "description": "A multi-modal asset.", "type": "object",
                 "properties": {"name": {"type": "string"}}}
                """, "SynestheticAsset", JacksonBaseline.DEFAULT);

        assertThat(java)
                .contains("/**\n * A multi-modal asset.\n *\n")
                .doesNotContain(" * synesthetic-asset\n")
                .contains(" * @see \"synesthetic-asset.schema.json#\"\n");
    }

    @Test
    void theTitleComesFirstThenTheDescriptionAndConstraintsReadAsWords() throws Exception {
        String schema = """
                {"title": "Order", "description": "What a customer bought.", "type": "object",
                 "properties": {
                   "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3, "uniqueItems": true},
                   "code": {"type": "string", "pattern": "^[A-Z]+$", "minLength": 2},
                   "price": {"type": "number", "exclusiveMinimum": 0, "maximum": 10, "multipleOf": 0.5},
                   "line": {"type": "object", "properties": {"sku": {"type": "string"}}}}}
                """;
        String java = SmallModel.emit(folder, "order.json", schema, "Order", JacksonBaseline.DEFAULT);

        assertThat(java)
                .contains("/**\n * Order\n *\n * <p>What a customer bought.\n")
                .contains("@param tags Optional: null when absent. At least 1 item; at most 3 items; unique items.")
                .contains("@param code Optional: null when absent. At least 2 characters; must match pattern ^[A-Z]+$.")
                .contains("@param price Optional: null when absent. Greater than 0; at most 10; a multiple of 0.5.");
        String line = SmallModel.emit(folder, "order.json", schema, "OrderLine", JacksonBaseline.DEFAULT);
        assertThat(line)
                .contains("/**\n * Generated from the schema at order.json#/properties/line.\n")
                .contains(" * @see \"order.json#/properties/line\"\n");
    }
}
