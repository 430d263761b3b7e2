package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;

/** {@code List<T>}; a tuple ({@code items} as an array, before 2020-12) has no record mapping yet. */
final class ArrayShape implements Shape {
    private final Analysis analysis;

    ArrayShape(Analysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode items = Keywords.ITEMS.valueIn(node.json());
        if (items != null && items.isArray() && analysis.draftOf(loc).tupleItems()) {
            analysis.diagnostics.error(
                    DiagnosticCode.UNSUPPORTED_KEYWORD,
                    Keywords.ITEMS.at(loc),
                    "'items' as an array of schemas (a tuple) is not supported by the generator yet",
                    "Use one schema for every item (\"items\": {...}); nothing is skipped silently. "
                            + Analysis.VALIDATORS_ONLY);
            return new TypeRef.ListOf(Analysis.anyValue(loc), constraints(node), loc);
        }
        TypeRef item = items != null ? analysis.typeOf(analysis.child(node, Keywords.ITEMS)) : Analysis.anyValue(loc);
        return new TypeRef.ListOf(item, constraints(node), loc);
    }

    private dev.synesthetic.codegen.model.Constraints constraints(SchemaNode node) {
        return analysis.constraints.read(node.json(), node.location(), analysis.draftOf(node.location()));
    }
}
