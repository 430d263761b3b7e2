package dev.synesthetic.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * {@code version.json} is the single source of truth for the schema version: every {@code $id} whose
 * path carries a version segment ({@code .../0.7.3/tone.schema.json}) must carry that version.
 */
final class VersionConsistency {
    private static final Pattern VERSION_SEGMENT = Pattern.compile("\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.-]+)?");

    private VersionConsistency() {}

    static void check(Corpus corpus, Diagnostics diagnostics) {
        if (corpus.schemaVersion().isEmpty()) {
            return;
        }
        String declared = corpus.schemaVersion().get();
        for (SchemaDocument document : corpus.documents()) {
            JsonNode id = Keywords.ID.pathIn(document.root());
            if (!id.isTextual()) {
                continue;
            }
            String path;
            try {
                path = URI.create(id.textValue()).getPath();
            } catch (IllegalArgumentException e) {
                continue; // reported by the resolver
            }
            for (String segment : path == null ? new String[0] : path.split("/")) {
                if (VERSION_SEGMENT.matcher(segment).matches() && !segment.equals(declared)) {
                    diagnostics.error(
                            DiagnosticCode.VERSION_MISMATCH,
                            new SourceLocation(document.relativePath(), JsonPointer.parse("/$id")),
                            "$id says version " + segment + " but version.json says schemaVersion " + declared,
                            "Bump every $id to " + declared + " (or fix version.json) so the corpus has one version.");
                }
            }
        }
    }
}
