package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code List<T>}, or a tuple: {@code prefixItems} (2020-12, {@code items} typing the tail) or
 * {@code items} as an array (before 2020-12, {@code additionalItems} typing the tail) is a
 * {@link TypeDecl.TupleDecl}, one component per position.
 */
final class ArrayShape implements Shape {
    private final Analysis analysis;

    ArrayShape(Analysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        Draft draft = analysis.draftOf(loc);
        JsonNode items = Keywords.ITEMS.valueIn(node.json());
        if (draft.tupleItems() && items != null && items.isArray()) {
            return tuple(node, Keywords.ITEMS, Keywords.ADDITIONAL_ITEMS);
        }
        if (Keywords.PREFIX_ITEMS.in(draft) && Keywords.PREFIX_ITEMS.isIn(node.json())) {
            return tuple(node, Keywords.PREFIX_ITEMS, Keywords.ITEMS);
        }
        TypeRef item = items != null ? analysis.typeOf(analysis.child(node, Keywords.ITEMS)) : Analysis.anyValue(loc);
        return new TypeRef.ListOf(item, constraints(node), loc);
    }

    /** The tuple whose positions are {@code positions}' schemas and whose tail is {@code tail}'s. */
    private TypeRef tuple(SchemaNode node, Keyword positions, Keyword tail) {
        SourceLocation loc = node.location();
        JsonNode schemas = positions.valueIn(node.json());
        if (!schemas.isArray()) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    positions.at(loc),
                    "'" + positions + "' must be an array of schemas",
                    "List one schema per position: [{\"type\": \"number\"}, {\"type\": \"string\"}].");
            return new TypeRef.ListOf(Analysis.anyValue(loc), constraints(node), loc);
        }
        // Named before its positions are analysed, so a position that holds the tuple again is recursion.
        analysis.planned.add(loc);
        List<TypeRef> types = new ArrayList<>();
        for (int i = 0; i < schemas.size(); i++) {
            SourceLocation at = positions.at(loc).child(i);
            types.add(analysis.typeOf(new SchemaNode(schemas.get(i), at, analysis.index.baseAt(at, node.baseUri()))));
        }
        Constraints constraints = constraints(node);
        int required = (int) Math.min(constraints.minItems().orElse(0L), types.size());
        boolean noMore = constraints.maxItems().map(max -> max <= types.size()).orElse(false);
        JsonNode tailSchema = tail.valueIn(node.json());
        Optional<TypeRef> rest;
        if (noMore || (tailSchema != null && tailSchema.isBoolean() && !tailSchema.booleanValue())) {
            rest = Optional.empty();
        } else if (tailSchema == null || tailSchema.isBoolean()) {
            rest = Optional.of(Analysis.anyValue(loc));
        } else {
            rest = Optional.of(analysis.typeOf(analysis.child(node, tail)));
        }
        return analysis.declare(
                new TypeDecl.TupleDecl(loc, analysis.hint(loc), DocReader.doc(node.json()), types, required, rest),
                false);
    }

    private Constraints constraints(SchemaNode node) {
        return analysis.constraints.read(node.json(), node.location(), analysis.draftOf(node.location()));
    }
}
