package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.resolve.SchemaNode;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one walk, in the order found. */
final class Findings {
    private final List<Finding> found = new ArrayList<>();

    void add(Site site, SchemaNode o, SchemaNode n, ChangeKind kind, String message, Verdict backward, Verdict forward) {
        add(site, o, n, kind, message, backward, forward, List.of(), List.of());
    }

    void add(
            Site site,
            SchemaNode o,
            SchemaNode n,
            ChangeKind kind,
            String message,
            Verdict backward,
            Verdict forward,
            List<JsonNode> backwardValues,
            List<JsonNode> forwardValues) {
        found.add(new Finding(site, o, n, kind, message, backward, forward, backwardValues, forwardValues));
    }

    List<Finding> all() {
        return found;
    }

    /** The verdict of a direction a change restricts: breaks when {@code restricts}, else safe. */
    static Verdict breaksIf(boolean restricts) {
        return restricts ? Verdict.BREAKS : Verdict.SAFE;
    }
}
