package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.KeywordWarnings;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.RecordRole;
import java.util.Iterator;
import java.util.Optional;

/** What records refuse by the vocabulary's roles: unsupported keywords, and shaping keywords where they cannot sit. */
final class KeywordRules {
    private final Analysis analysis;

    KeywordRules(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The shared warnings, then an error for each keyword records cannot express (except those a $ref hides). */
    void check(JsonNode json, SourceLocation loc) {
        Draft draft = analysis.draftOf(loc);
        KeywordWarnings.report(json, loc, draft, analysis.diagnostics);
        boolean refOnly = Keywords.refHidesSiblings(json, draft);
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Optional<Keyword> keyword = Keywords.lookup(name, draft);
            // Beside $ref in this draft a keyword is ignored: warned about above, never refused.
            boolean ignored = refOnly && !Keywords.REF.is(name);
            if (!ignored && keyword.isPresent() && keyword.get().role() == RecordRole.UNSUPPORTED) {
                analysis.diagnostics.error(
                        DiagnosticCode.UNSUPPORTED_KEYWORD,
                        loc.child(name),
                        "'" + name + "' is not supported by the generator yet",
                        "Remove it or rewrite the schema with supported keywords; nothing is skipped silently. "
                                + Analysis.VALIDATORS_ONLY);
            }
        }
    }

    /** Whether a keyword beside {@code keyword} shapes or constrains the value (definitions aside). */
    boolean shapingSiblings(SchemaNode node, Keyword keyword) {
        Draft draft = analysis.draftOf(node.location());
        for (Iterator<String> names = node.json().fieldNames(); names.hasNext(); ) {
            String sibling = names.next();
            boolean shapes = Keywords.lookup(sibling, draft)
                    .map(k -> k.role().shapesValue())
                    .orElse(false);
            if (shapes && !keyword.is(sibling) && !Keywords.isDefinitionContainer(sibling)) {
                return true;
            }
        }
        return false;
    }
}
