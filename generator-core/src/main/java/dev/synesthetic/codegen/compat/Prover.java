package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns findings into reported changes: for each direction that does not claim safety, tries the
 * finding's values, then generic candidates, each placed in an otherwise smallest document, until
 * both validators separate the sides. Only such a document is reported as proven.
 */
final class Prover {
    private final DocumentValidators validators;
    private final MinimalValues minimal;

    Prover(DocumentValidators validators, MinimalValues minimal) {
        this.validators = validators;
        this.minimal = minimal;
    }

    SchemaChange change(Finding finding) {
        return new SchemaChange(
                finding.site().newFile(),
                finding.site().oldFile(),
                Optional.of(finding.oldNode().location()),
                Optional.of(finding.newNode().location()),
                finding.site().instancePath().toString(),
                finding.kind(),
                finding.message(),
                outcome(finding, Category.BACKWARD),
                outcome(finding, Category.FORWARD));
    }

    private Outcome outcome(Finding finding, Category direction) {
        Verdict verdict = finding.verdict(direction);
        if (verdict == Verdict.SAFE) {
            return Outcome.SAFE;
        }
        Optional<JsonNode> proof =
                validators == DocumentValidators.NONE ? Optional.empty() : search(finding, direction);
        if (proof.isPresent()) {
            return new Outcome(Verdict.BREAKS, Optional.of(Counterexample.proven(proof.get())));
        }
        Counterexample missing = verdict == Verdict.BREAKS
                ? Counterexample.missing(
                        Counterexample.Status.UNPROVEN, "no document built here was confirmed by both validators")
                : Counterexample.missing(
                        Counterexample.Status.CANNOT_DECIDE,
                        "cannot decide: no document built here separates the two schemas");
        return new Outcome(verdict, Optional.of(missing));
    }

    private Optional<JsonNode> search(Finding finding, Category direction) {
        Set<JsonNode> values = new LinkedHashSet<>(finding.values(direction));
        values.addAll(Candidates.at(finding, minimal));
        Site site = finding.site();
        boolean backward = direction == Category.BACKWARD;
        for (JsonNode value : values) {
            JsonNode document = site.document(direction, value.deepCopy());
            boolean underOld = validators.valid(true, site.oldFile(), document);
            boolean underNew = validators.valid(false, site.newFile(), document);
            if (backward ? underOld && !underNew : underNew && !underOld) {
                return Optional.of(document);
            }
        }
        return Optional.empty();
    }
}
