package dev.synesthetic.codegen.compat;

import java.util.Optional;

/** One direction of a change: its verdict and, when it does not claim safety, its counterexample. */
public record Outcome(Verdict verdict, Optional<Counterexample> counterexample) {
    static final Outcome SAFE = new Outcome(Verdict.SAFE, Optional.empty());

    /** Whether this direction must be treated as broken: it breaks, or it may and we could not tell. */
    public boolean failing() {
        return verdict != Verdict.SAFE;
    }
}
