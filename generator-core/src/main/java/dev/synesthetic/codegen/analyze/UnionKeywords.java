package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.List;
import java.util.Optional;

/**
 * The keywords whose branches become a union's variants. Records map {@code oneOf} exactly like
 * {@code anyOf}: that only one branch matches is the validator's to assert.
 */
final class UnionKeywords {
    static final List<Keyword> ALL = List.of(Keywords.ANY_OF, Keywords.ONE_OF);

    private UnionKeywords() {}

    /** The first union keyword {@code json} has. */
    static Optional<Keyword> in(JsonNode json) {
        return ALL.stream().filter(k -> k.isIn(json)).findFirst();
    }

    static boolean is(String name) {
        return ALL.stream().anyMatch(k -> k.is(name));
    }
}
