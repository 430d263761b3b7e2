package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Bounds;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.KeywordValues;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the validation keywords of one schema into {@link Constraints}, through the vocabulary's value readers. */
final class ConstraintReader {
    private final Diagnostics diagnostics;

    ConstraintReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Constraints read(JsonNode json, SourceLocation loc, Draft draft) {
        Bounds bounds = Bounds.of(json, loc, draft, diagnostics);
        return new Constraints(
                count(json, loc, Keywords.MIN_LENGTH),
                count(json, loc, Keywords.MAX_LENGTH),
                text(json, loc, Keywords.PATTERN),
                text(json, loc, Keywords.FORMAT),
                bounds.minimum().map(Bounds.Limit::value),
                bounds.maximum().map(Bounds.Limit::value),
                bounds.exclusiveMinimum().map(Bounds.Limit::value),
                bounds.exclusiveMaximum().map(Bounds.Limit::value),
                value(json, Keywords.MULTIPLE_OF)
                        .flatMap(v -> KeywordValues.positiveNumber(v, Keywords.MULTIPLE_OF.at(loc), diagnostics)),
                count(json, loc, Keywords.MIN_ITEMS),
                count(json, loc, Keywords.MAX_ITEMS),
                value(json, Keywords.UNIQUE_ITEMS)
                        .flatMap(v -> KeywordValues.flag(v, Keywords.UNIQUE_ITEMS.at(loc), diagnostics))
                        .orElse(false),
                count(json, loc, Keywords.MIN_PROPERTIES),
                count(json, loc, Keywords.MAX_PROPERTIES));
    }

    private Optional<Long> count(JsonNode json, SourceLocation loc, Keyword keyword) {
        Optional<JsonNode> value = value(json, keyword);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong count = KeywordValues.count(value.get(), keyword.at(loc), diagnostics);
        return count.isPresent() ? Optional.of(count.getAsLong()) : Optional.empty();
    }

    private Optional<String> text(JsonNode json, SourceLocation loc, Keyword keyword) {
        return value(json, keyword).flatMap(v -> KeywordValues.string(v, keyword.at(loc), diagnostics));
    }

    private static Optional<JsonNode> value(JsonNode json, Keyword keyword) {
        return Optional.ofNullable(keyword.valueIn(json));
    }
}
