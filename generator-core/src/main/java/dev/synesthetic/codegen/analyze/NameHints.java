package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.model.NameHint;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.JsonType;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.List;

/**
 * Works out a schema's name hint from where it sits in its file alone, so a schema gets the same
 * name whichever path reaches it first.
 */
final class NameHints {
    private NameHints() {}

    static NameHint of(SourceLocation location, JsonNode documentRoot, String fileName) {
        List<String> tokens = location.pointer().tokens();
        int n = tokens.size();
        if (n == 0) {
            JsonNode title = Keywords.TITLE.pathIn(documentRoot);
            return new NameHint.Root(title.isTextual() ? title.textValue() : "", fileName);
        }
        String last = tokens.get(n - 1);
        String parent = n >= 2 ? tokens.get(n - 2) : "";
        if (n >= 2 && Keywords.isDefinitionContainer(parent)) {
            return new NameHint.Definition(last);
        }
        if (n >= 2 && Keywords.PROPERTIES.is(parent)) {
            return new NameHint.Derived(up(location, 2), last);
        }
        if (n >= 2 && Keywords.ALL_OF.is(parent) || Keywords.THEN.is(last) || Keywords.ELSE.is(last)) {
            // merged into the schema around it: what it declares inside is named from that schema
            return new NameHint.Derived(up(location, Keywords.ALL_OF.is(parent) ? 2 : 1), "");
        }
        if (n >= 2 && UnionKeywords.is(parent)) {
            // The one non-null branch of a nullable wrapper takes the wrapper's name.
            JsonNode branches = at(documentRoot, up(location, 1).pointer());
            long nonNull = 0;
            for (JsonNode branch : branches) {
                if (!Keywords.TYPE.pathIn(branch).asText().equals(JsonType.NULL.jsonName())) {
                    nonNull++;
                }
            }
            return new NameHint.Derived(up(location, 2), nonNull <= 1 ? "" : "Option" + (Integer.parseInt(last) + 1));
        }
        if (n >= 2 && (Keywords.PREFIX_ITEMS.is(parent) || Keywords.ITEMS.is(parent))) {
            // a tuple position, named like its component: Row item0 -> RowItem0
            return new NameHint.Derived(up(location, 2), "Item" + last);
        }
        if (Keywords.ITEMS.is(last) || Keywords.ADDITIONAL_ITEMS.is(last)) {
            return new NameHint.Derived(up(location, 1), "Item");
        }
        if (n >= 2 && Keywords.PATTERN_PROPERTIES.is(parent)) {
            // a pattern is no name: its words, if any, then "Value" like additionalProperties
            return new NameHint.Derived(up(location, 2), last + " Value");
        }
        if (Keywords.ADDITIONAL_PROPERTIES.is(last)) {
            return new NameHint.Derived(up(location, 1), "Value");
        }
        if (Keywords.TYPE.is(last)) {
            // the union around a record declared at the same schema (type: ["object", "string"])
            return new NameHint.Derived(up(location, 1), "");
        }
        return new NameHint.Definition(last);
    }

    private static SourceLocation up(SourceLocation location, int levels) {
        List<String> tokens = location.pointer().tokens();
        return new SourceLocation(location.file(), new JsonPointer(tokens.subList(0, tokens.size() - levels)));
    }

    private static JsonNode at(JsonNode root, JsonPointer pointer) {
        JsonNode node = root;
        for (String token : pointer.tokens()) {
            node = node.isArray() ? node.path(Integer.parseInt(token)) : node.path(token);
        }
        return node;
    }
}
