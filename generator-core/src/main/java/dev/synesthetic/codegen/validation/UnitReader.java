package dev.synesthetic.codegen.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.KeywordValues;
import dev.synesthetic.codegen.vocabulary.SchemaReader;
import java.util.List;
import java.util.Optional;

/** One schema as the vocabulary's validator readers see it; what they reach is queued on the builder. */
final class UnitReader implements SchemaReader {
    private final ValidatorBuilder builder;
    private final SchemaNode node;

    UnitReader(ValidatorBuilder builder, SchemaNode node) {
        this.builder = builder;
        this.node = node;
    }

    @Override
    public JsonNode json() {
        return node.json();
    }

    @Override
    public Draft draft() {
        return builder.draftOf(node.location().file());
    }

    @Override
    public boolean reads(Keyword keyword) {
        return builder.reads(keyword, node.location().file());
    }

    @Override
    public SourceLocation location() {
        return node.location();
    }

    @Override
    public SourceLocation subschema(Keyword keyword, Object... tokens) {
        JsonNode json = keyword.valueIn(node.json());
        SourceLocation where = at(keyword);
        for (Object token : tokens) {
            json = token instanceof Integer i ? json.get(i) : json.get((String) token);
            where = token instanceof Integer i ? where.child(i) : where.child((String) token);
        }
        if (!json.isObject() && !json.isBoolean()) {
            builder.diagnostics()
                    .error(
                            dev.synesthetic.codegen.diagnostic.DiagnosticCode.INVALID_SCHEMA,
                            where,
                            "a schema must be an object or a boolean",
                            "Write a schema object, or true / false.");
        }
        if (tokens.length == 0) {
            builder.heldBy(where, keyword.name());
        }
        return builder.request(new SchemaNode(json, where, builder.index().baseAt(where, node.baseUri())));
    }

    @Override
    public Optional<Target> resolve(Keyword keyword) {
        JsonNode ref = keyword.valueIn(node.json());
        if (!ref.isTextual()) {
            KeywordValues.invalid(at(keyword), "a string", builder.diagnostics());
            return Optional.empty();
        }
        return builder.resolver()
                .resolve(
                        ref.textValue(),
                        node.baseUri(),
                        builder.retrievalUri(node.location().file()),
                        at(keyword),
                        builder.diagnostics())
                .map(this::queued);
    }

    @Override
    public List<Target> dynamicAnchors(String name) {
        return builder.index().dynamicAnchors(name).stream().map(this::queued).toList();
    }

    @Override
    public List<Target> recursiveAnchors() {
        return dynamicAnchors(SchemaIndex.RECURSIVE_ANCHOR);
    }

    @Override
    public void useDynamicScope() {
        builder.useDynamicScope();
    }

    @Override
    public boolean assertsFormats() {
        return builder.assertsFormats(node.location().file());
    }

    @Override
    public Diagnostics diagnostics() {
        return builder.diagnostics();
    }

    private Target queued(SchemaNode target) {
        SourceLocation location = builder.request(target);
        return new Target() {
            @Override
            public SourceLocation location() {
                return location;
            }

            @Override
            public JsonNode json() {
                return target.json();
            }

            @Override
            public int resource() {
                return builder.resourceOf(target);
            }
        };
    }
}
