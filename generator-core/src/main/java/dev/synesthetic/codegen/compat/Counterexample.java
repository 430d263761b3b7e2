package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A document one side accepts and the other rejects, and how sure we are of it: PROVEN only when both
 * sides' generated validators agreed on it.
 *
 * @param document the document, when one was proven or at least built
 * @param reason why there is no proven document (empty when proven)
 */
public record Counterexample(Status status, Optional<JsonNode> document, String reason) {
    /** How far the counterexample got. */
    public enum Status {
        /** Both generated validators ran on the document and disagree the way the verdict says. */
        PROVEN,
        /** The change breaks by its kind, but no candidate document was confirmed by both validators. */
        UNPROVEN,
        /** Whether the change breaks cannot be decided exactly (two different regexes) and no candidate separated them. */
        CANNOT_DECIDE,
        /** No document can show it (a schema file removed: there is no new validator to run). */
        NOT_APPLICABLE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static Counterexample proven(JsonNode document) {
        return new Counterexample(Status.PROVEN, Optional.of(document), "");
    }

    static Counterexample missing(Status status, String reason) {
        return new Counterexample(status, Optional.empty(), reason);
    }
}
