package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Applicators;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Validator readers for {@code $ref} and the in-place applicators. */
final class ApplicatorKeywords {
    private ApplicatorKeywords() {}

    static void ref(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        schema.resolve(Keywords.REF)
                .ifPresent(target -> out.add(new Applicators.Ref(at, target.location(), target.resource())));
    }

    static void allOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        List<SourceLocation> targets = list(schema, Keywords.ALL_OF, value, at);
        for (int i = 0; i < targets.size(); i++) {
            out.add(new Applicators.AllOfEntry(at.child(i), targets.get(i)));
        }
    }

    static void anyOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        List<SourceLocation> targets = list(schema, Keywords.ANY_OF, value, at);
        if (!targets.isEmpty()) {
            out.add(new Applicators.AnyOf(at, targets));
        }
    }

    static void oneOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        List<SourceLocation> targets = list(schema, Keywords.ONE_OF, value, at);
        if (!targets.isEmpty()) {
            out.add(new Applicators.OneOf(at, targets));
        }
    }

    static void not(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        out.add(new Applicators.Not(at, schema.subschema(Keywords.NOT)));
    }

    /**
     * {@code if} with {@code then}/{@code else}; without {@code if} those two have no effect. An
     * {@code if} alone still counts: its annotations reach {@code unevaluated*} when it passes.
     */
    static void conditional(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        Optional<SourceLocation> then = branch(schema, Keywords.THEN);
        Optional<SourceLocation> otherwise = branch(schema, Keywords.ELSE);
        out.add(new Applicators.Conditional(at, schema.subschema(Keywords.IF), then, otherwise));
    }

    private static Optional<SourceLocation> branch(SchemaReader schema, Keyword keyword) {
        return keyword.isIn(schema.json()) ? Optional.of(schema.subschema(keyword)) : Optional.empty();
    }

    private static List<SourceLocation> list(SchemaReader schema, Keyword keyword, JsonNode value, SourceLocation at) {
        if (!value.isArray() || value.isEmpty()) {
            KeywordValues.invalid(at, "a non-empty array of schemas", schema.diagnostics());
            return List.of();
        }
        List<SourceLocation> targets = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            targets.add(schema.subschema(keyword, i));
        }
        return targets;
    }
}
