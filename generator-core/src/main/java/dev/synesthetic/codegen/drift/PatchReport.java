package dev.synesthetic.codegen.drift;

/**
 * The drift as one patch and nothing else: every changed, missing and orphaned file, uncapped and
 * byte-exact, so {@code ensure-clean --format patch | git apply} makes the tree clean (a clean
 * report is an empty patch). A file generate did not write is never touched (no lines: it must be
 * moved by hand first, see {@link DriftReport#fixAdvice}).
 */
final class PatchReport {
    private PatchReport() {}

    static String render(DriftReport report) {
        StringBuilder out = new StringBuilder();
        for (Drift drift : report.drifts()) {
            for (String line : drift.patch()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
