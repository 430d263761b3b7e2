package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.JsonPointer;
import java.util.function.UnaryOperator;

/**
 * Where in a document of one schema file the walk is: the instance path, and per side how to build
 * a whole document (minimal everywhere else) around a value placed here.
 *
 * @param oldFile the old schema file whose validator judges the document
 * @param newFile the new schema file
 */
record Site(
        String oldFile,
        String newFile,
        JsonPointer instancePath,
        UnaryOperator<JsonNode> oldDocument,
        UnaryOperator<JsonNode> newDocument) {
    static Site root(String oldFile, String newFile) {
        return new Site(oldFile, newFile, JsonPointer.ROOT, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** The document around {@code value} on the side whose documents are judged (old for backward). */
    JsonNode document(Category direction, JsonNode value) {
        return direction == Category.BACKWARD ? oldDocument.apply(value) : newDocument.apply(value);
    }

    /** One member down: the value goes into a minimal object of each side's parent schema. */
    Site member(String name, MinimalValues values, SchemaNode oldParent, SchemaNode newParent) {
        return new Site(
                oldFile,
                newFile,
                instancePath.append(name),
                v -> oldDocument.apply(values.oldSide().objectWith(oldParent, name, v)),
                v -> newDocument.apply(values.newSide().objectWith(newParent, name, v)));
    }

    /** One array position down: the value goes first in an array as long as each side's minItems asks. */
    Site item(int index, MinimalValues values, SchemaNode oldParent, SchemaNode newParent) {
        return new Site(
                oldFile,
                newFile,
                instancePath.append(index),
                v -> oldDocument.apply(values.oldSide().arrayWith(oldParent, index, v)),
                v -> newDocument.apply(values.newSide().arrayWith(newParent, index, v)));
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }
}
