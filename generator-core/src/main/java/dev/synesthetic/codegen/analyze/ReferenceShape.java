package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.KeywordValues;
import dev.synesthetic.codegen.vocabulary.Keywords;

/** {@code $ref}: the referenced schema's type (one schema, one type, however it is reached). */
final class ReferenceShape implements Shape {
    private final Analysis analysis;
    private final KeywordRules rules;
    private final MergedShape merged;

    ReferenceShape(Analysis analysis, KeywordRules rules, MergedShape merged) {
        this.analysis = analysis;
        this.rules = rules;
        this.merged = merged;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        TypeRef target = target(node);
        // Before 2019-09 a $ref's siblings are ignored (warned about in KeywordRules.check); from
        // 2019-09 on they apply beside it, as an allOf of the referenced schema and the rest would.
        if (!analysis.draftOf(loc).refOverridesSiblings() && rules.shapingSiblings(node, Keywords.REF)) {
            return merged.withRef(node, target);
        }
        return target;
    }

    private TypeRef target(SchemaNode node) {
        SourceLocation loc = node.location();
        JsonNode ref = Keywords.REF.valueIn(node.json());
        if (!ref.isTextual()) {
            KeywordValues.invalid(Keywords.REF.at(loc), "a string", analysis.diagnostics);
            return Analysis.anyValue(loc);
        }
        SchemaDocument document = analysis.documents.get(loc.file());
        return analysis.resolver
                .resolve(
                        ref.textValue(),
                        node.baseUri(),
                        document.retrievalUri(),
                        Keywords.REF.at(loc),
                        analysis.diagnostics)
                .map(analysis::typeOf)
                .orElseGet(() -> Analysis.anyValue(loc));
    }
}
