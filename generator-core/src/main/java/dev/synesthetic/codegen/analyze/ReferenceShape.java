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

    ReferenceShape(Analysis analysis, KeywordRules rules) {
        this.analysis = analysis;
        this.rules = rules;
    }

    @Override
    public TypeRef of(SchemaNode node) {
        SourceLocation loc = node.location();
        // Before 2019-09 a $ref's siblings are ignored (warned about in KeywordRules.check).
        if (!analysis.draftOf(loc).refOverridesSiblings()) {
            rules.rejectSiblings(
                    node,
                    Keywords.REF,
                    Keywords.REF.name(),
                    "Move the keyword into the referenced schema, or wrap both in a new $defs entry.");
        }
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
