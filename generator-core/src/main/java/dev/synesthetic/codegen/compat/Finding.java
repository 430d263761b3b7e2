package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import java.util.List;

/**
 * A change as the walk found it, before proof: its verdicts by kind and, per direction, the values
 * (placed at the site) most likely to show it; {@link Prover} adds generic probes and runs the validators.
 */
record Finding(
        Site site,
        SchemaNode oldNode,
        SchemaNode newNode,
        ChangeKind kind,
        String message,
        Verdict backward,
        Verdict forward,
        List<JsonNode> backwardValues,
        List<JsonNode> forwardValues) {
    Verdict verdict(Category direction) {
        return direction == Category.BACKWARD ? backward : forward;
    }

    List<JsonNode> values(Category direction) {
        return direction == Category.BACKWARD ? backwardValues : forwardValues;
    }
}
