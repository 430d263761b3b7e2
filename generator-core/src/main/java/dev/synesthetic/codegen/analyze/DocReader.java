package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.model.Doc;
import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.Optional;

/** Reads annotations ({@code title}, {@code description}, {@code default}) into model values. */
final class DocReader {
    private DocReader() {}

    static Doc doc(JsonNode schema) {
        return new Doc(text(Keywords.TITLE.valueIn(schema)), text(Keywords.DESCRIPTION.valueIn(schema)));
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    static Optional<Literal> literal(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return Optional.of(new Literal.Text(value.textValue()));
        }
        if (value.isNumber()) {
            return Optional.of(new Literal.Number(value.decimalValue()));
        }
        if (value.isBoolean()) {
            return Optional.of(new Literal.Bool(value.booleanValue()));
        }
        if (value.isNull()) {
            return Optional.of(new Literal.Null());
        }
        return Optional.of(new Literal.Structured(value.toString()));
    }
}
