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
 * @param branch whether the place lies inside a branch of an anyOf or a oneOf, whose siblings also decide
 */
record Site(
        String oldFile,
        String newFile,
        JsonPointer instancePath,
        UnaryOperator<JsonNode> oldDocument,
        UnaryOperator<JsonNode> newDocument,
        Branch branch) {
    /** What kind of union branch a place lies in; the outermost oneOf wins over anyOf. */
    enum Branch {
        NONE,
        /** anyOf: another branch may still accept what this one stopped accepting. */
        ANY,
        /**
         * oneOf with siblings: a document must match exactly one branch, so a branch that accepts more
         * can also break old documents (they now match two), and one that accepts less new documents.
         */
        ONE
    }

    static Site root(String oldFile, String newFile) {
        return new Site(
                oldFile, newFile, JsonPointer.ROOT, UnaryOperator.identity(), UnaryOperator.identity(), Branch.NONE);
    }

    /** The same place, seen as lying in a branch of {@code kind}. */
    Site inBranch(Branch kind) {
        Branch deepest = kind.compareTo(branch) > 0 ? kind : branch;
        return new Site(oldFile, newFile, instancePath, oldDocument, newDocument, deepest);
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
                v -> newDocument.apply(values.newSide().objectWith(newParent, name, v)),
                branch);
    }

    /** One array position down: the value goes first in an array as long as each side's minItems asks. */
    Site item(int index, MinimalValues values, SchemaNode oldParent, SchemaNode newParent) {
        return new Site(
                oldFile,
                newFile,
                instancePath.append(index),
                v -> oldDocument.apply(values.oldSide().arrayWith(oldParent, index, v)),
                v -> newDocument.apply(values.newSide().arrayWith(newParent, index, v)),
                branch);
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }
}
