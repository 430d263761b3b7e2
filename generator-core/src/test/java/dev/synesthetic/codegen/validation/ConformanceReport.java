package dev.synesthetic.codegen.validation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The per-file pass/fail table, as Markdown; the README's "Conformance" section copies it. */
final class ConformanceReport {
    private ConformanceReport() {}

    static String markdown(List<SuiteRunner.Outcome> outcomes) {
        Map<String, int[]> perFile = new TreeMap<>();
        for (SuiteRunner.Outcome outcome : outcomes) {
            int[] counts = perFile.computeIfAbsent(outcome.file(), f -> new int[2]);
            counts[0] += outcome.passed() ? 1 : 0;
            counts[1]++;
        }
        StringBuilder out = new StringBuilder("| file | passed | total |\n|---|---:|---:|\n");
        int passed = 0;
        int total = 0;
        for (Map.Entry<String, int[]> entry : perFile.entrySet()) {
            int[] c = entry.getValue();
            out.append("| ")
                    .append(entry.getKey())
                    .append(" | ")
                    .append(c[0])
                    .append(" | ")
                    .append(c[1])
                    .append(" |\n");
            passed += c[0];
            total += c[1];
        }
        out.append("| **all** | **")
                .append(passed)
                .append("** | **")
                .append(total)
                .append("** |\n");
        return out.toString();
    }

    /** Failures as known-failures lines (file, group, case, reason; tab-separated). */
    static String failures(List<SuiteRunner.Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        outcomes.stream()
                .filter(o -> !o.passed())
                .forEach(o -> out.append(o.key())
                        .append('\t')
                        .append(o.detail().replace('\t', ' '))
                        .append('\n'));
        return out.toString();
    }
}
