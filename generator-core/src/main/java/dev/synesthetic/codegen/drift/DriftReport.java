package dev.synesthetic.codegen.drift;

import java.util.List;

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
    return drifts.stream().filter(Drift.Changed.class::isInstance).map(Drift.Changed.class::cast).toList();
  }

  public List<Drift.Missing> missing() {
    return drifts.stream().filter(Drift.Missing.class::isInstance).map(Drift.Missing.class::cast).toList();
  }

  public List<Drift.Orphan> orphans() {
    return drifts.stream().filter(Drift.Orphan.class::isInstance).map(Drift.Orphan.class::cast).toList();
  }

  /** {@code 2 changed, 1 missing, 0 orphaned of 48 files}. */
  public String summary() {
    return changed().size() + " changed, " + missing().size() + " missing, " + orphans().size()
        + " orphaned of " + comparedFiles + " files";
  }
}
