package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Draft;
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
    boolean refOnly = draft.refOverridesSiblings() && json.has("$ref");
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      Optional<Keywords.Role> role = Keywords.role(keyword, draft);
      if (refOnly && role.isPresent() && role.get() != Keywords.Role.ANNOTATION && !keyword.equals("$ref")
          && !keyword.equals("definitions") && !keyword.equals("$defs")) {
        diagnostics.warning(DiagnosticCode.IGNORED_KEYWORD, loc.child(keyword),
            "'" + keyword + "' beside $ref is ignored in " + draft.displayName() + ": only the $ref applies",
            "Move the keyword into the referenced schema, or wrap the $ref in allOf beside it.");
      } else if (role.isEmpty() && !keyword.startsWith("x-")) {
        diagnostics.warning(DiagnosticCode.UNKNOWN_KEYWORD, loc.child(keyword),
            "'" + keyword + "' is not a JSON Schema " + draft.displayName() + " keyword; "
                + (diagnostics.refuses(DiagnosticCode.UNKNOWN_KEYWORD) ? "strict mode refuses it" : "it is ignored"),
            Keywords.closest(keyword, draft).map(k -> "Did you mean '" + k + "'? ").orElse("")
                + "Prefix custom keywords with 'x-' to silence this.");
      }
    }
  }
}
