package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Iterator;
import java.util.Optional;

/**
 * The warnings every pipeline gives for one schema object: a keyword its draft does not define
 * (with a did-you-mean; {@code x-} keywords are silent), and, up to draft-07, a keyword beside
 * {@code $ref} that the draft ignores. Records and validators report them alike, so generating
 * validators alone is never quieter (or, under strict mode, more lenient) than generating records.
 */
public final class KeywordWarnings {
    private KeywordWarnings() {}

    public static void report(JsonNode json, SourceLocation loc, Draft draft, Diagnostics diagnostics) {
        boolean refOnly = Keywords.refHidesSiblings(json, draft);
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Optional<Keyword> keyword = Keywords.lookup(name, draft);
            if (refOnly
                    && keyword.isPresent()
                    && keyword.get().role() != RecordRole.ANNOTATION
                    && keyword.get() != Keywords.REF
                    && !Keywords.isDefinitionContainer(name)) {
                diagnostics.warning(
                        DiagnosticCode.IGNORED_KEYWORD,
                        loc.child(name),
                        "'" + name + "' beside $ref is ignored in " + draft.displayName() + ": only the $ref applies",
                        "Move the keyword into the referenced schema, or wrap the $ref in allOf beside it.");
            } else if (keyword.isEmpty() && !name.startsWith("x-")) {
                diagnostics.warning(
                        DiagnosticCode.UNKNOWN_KEYWORD,
                        loc.child(name),
                        "'" + name + "' is not a JSON Schema " + draft.displayName() + " keyword; "
                                + (diagnostics.refuses(DiagnosticCode.UNKNOWN_KEYWORD)
                                        ? "strict mode refuses it"
                                        : "it is ignored"),
                        Suggestions.closest(name, draft)
                                        .map(k -> "Did you mean '" + k + "'? ")
                                        .orElse("") + "Prefix custom keywords with 'x-' to silence this.");
            }
        }
    }
}
