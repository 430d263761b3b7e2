package dev.synesthetic.codegen.drift;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of comparing an output folder with a fresh generation: every drift, sorted by path,
 * and how many files were compared.
 *
 * @param outputFolder the folder as the user named it, for messages and patch paths
 */
public record DriftReport(String outputFolder, List<Drift> drifts, int comparedFiles) {
    public DriftReport {
        drifts = drifts.stream().sorted().toList();
    }

    public boolean isClean() {
        return drifts.isEmpty();
    }

    public List<Drift.Changed> changed() {
        return drifts.stream()
                .filter(Drift.Changed.class::isInstance)
                .map(Drift.Changed.class::cast)
                .toList();
    }

    public List<Drift.Missing> missing() {
        return drifts.stream()
                .filter(Drift.Missing.class::isInstance)
                .map(Drift.Missing.class::cast)
                .toList();
    }

    public List<Drift.Orphan> orphans() {
        return drifts.stream()
                .filter(Drift.Orphan.class::isInstance)
                .map(Drift.Orphan.class::cast)
                .toList();
    }

    public List<Drift.InTheWay> inTheWay() {
        return drifts.stream()
                .filter(Drift.InTheWay.class::isInstance)
                .map(Drift.InTheWay.class::cast)
                .toList();
    }

    /**
     * The last sentence of a report: the command that fixes the drift, or, when a file generate
     * will not replace is in the way (so that command would fail), what to do first.
     */
    public String fixAdvice(String fixCommand) {
        List<Drift.InTheWay> blocked = inTheWay();
        if (blocked.isEmpty()) {
            return "Run '" + fixCommand + "' to fix.";
        }
        String files = String.join(", ", blocked.stream().map(Drift::path).toList());
        return "Not made by the generator, in the way of generated files: " + files + " (in " + outputFolder
                + "). Move or delete " + (blocked.size() == 1 ? "it" : "them") + ", or generate into another package or"
                + " output folder; then run '" + fixCommand + "'.";
    }

    private static final Set<DriftCause.Reason> SCHEMA_CAUSES = EnumSet.of(
            DriftCause.Reason.SCHEMA_CHANGED,
            DriftCause.Reason.REFERENCED_SCHEMA_CHANGED,
            DriftCause.Reason.SCHEMA_VERSION_BUMPED);

    /** Whether a file changed because a schema did: then what the change breaks is worth a look. */
    public boolean schemasChanged() {
        return changed().stream().anyMatch(c -> SCHEMA_CAUSES.contains(c.cause().reason()));
    }

    /**
     * The sentence that points at {@code compat} when a schema change caused the drift; empty otherwise
     * or without a command ({@code compatCommand} null).
     */
    public Optional<String> compatAdvice(String compatCommand) {
        return compatCommand != null && schemasChanged()
                ? Optional.of("Schemas changed since this code was generated: run '" + compatCommand
                        + "' to see what the change breaks.")
                : Optional.empty();
    }

    /** {@code 2 changed, 1 missing, 0 orphaned of 48 files} ({@code , 1 in the way} before "of" when so). */
    public String summary() {
        return changed().size() + " changed, " + missing().size() + " missing, "
                + orphans().size()
                + " orphaned" + (inTheWay().isEmpty() ? "" : ", " + inTheWay().size() + " in the way") + " of "
                + comparedFiles + " files";
    }
}
