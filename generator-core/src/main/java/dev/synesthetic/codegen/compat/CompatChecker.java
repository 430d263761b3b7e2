package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code compat} for documents: pairs the schema files of an old and a new corpus, walks each pair
 * from its root, and reports every change with its verdict per direction and, where it breaks, a
 * counterexample the given validators proved.
 */
public final class CompatChecker {
    private CompatChecker() {}

    /** Compares the corpora of two configurations; a corpus that cannot be loaded fails as {@code generate} would. */
    public static CompatReport compare(
            GeneratorConfig oldConfig, GeneratorConfig newConfig, DocumentValidators validators)
            throws GenerationException {
        CorpusSide oldSide = CorpusSide.load(oldConfig);
        CorpusSide newSide = CorpusSide.load(newConfig);
        Map<String, SchemaDocument> oldRoots = oldSide.roots();
        Map<String, SchemaDocument> newRoots = newSide.roots();
        Map<String, String> pairs = SchemaPairing.pair(oldRoots, newRoots);
        Findings findings = new Findings();
        SchemaDiff diff = new SchemaDiff(oldSide, newSide, pairs, findings);
        pairs.forEach((newFile, oldFile) ->
                diff.compare(Site.root(oldFile, newFile), oldSide.root(oldFile), newSide.root(newFile)));
        Prover prover = new Prover(validators, diff.minimal());
        List<SchemaChange> changes = new ArrayList<>();
        findings.all().forEach(f -> changes.add(prover.change(f)));
        Set<String> paired = new TreeSet<>(pairs.values());
        for (String file : oldRoots.keySet()) {
            if (!paired.contains(file)) {
                changes.add(fileChange(file, true));
            }
        }
        for (String file : newRoots.keySet()) {
            if (!pairs.containsKey(file)) {
                changes.add(fileChange(file, false));
            }
        }
        versionChange(oldSide, newSide).ifPresent(changes::add);
        changes.sort(Comparator.comparing(SchemaChange::schema)
                .thenComparing(SchemaChange::where)
                .thenComparing(c -> c.kind().ordinal())
                .thenComparing(SchemaChange::message));
        return new CompatReport(changes);
    }

    /**
     * version.json's schemaVersion changed: reported as information (safe both ways), since the version
     * number alone accepts or rejects no document; the Java side sees it as its {@code SchemaVersion} type.
     */
    private static Optional<SchemaChange> versionChange(CorpusSide oldSide, CorpusSide newSide) {
        if (oldSide.schemaVersion().equals(newSide.schemaVersion())) {
            return Optional.empty();
        }
        String file = "version.json";
        return Optional.of(new SchemaChange(
                file,
                file,
                Optional.empty(),
                Optional.empty(),
                "",
                ChangeKind.VERSION_CHANGED,
                "schemaVersion " + version(oldSide) + " -> " + version(newSide)
                        + " (information: no document is accepted or rejected by it)",
                Outcome.SAFE,
                Outcome.SAFE));
    }

    private static String version(CorpusSide side) {
        return side.schemaVersion().map(v -> "\"" + v + "\"").orElse("(none)");
    }

    /** A schema file only one side has: its documents have no reader on the other side. */
    private static SchemaChange fileChange(String file, boolean removed) {
        Optional<SourceLocation> at = Optional.of(SourceLocation.root(file));
        Outcome breaks = new Outcome(
                Verdict.BREAKS,
                Optional.of(Counterexample.missing(
                        Counterexample.Status.NOT_APPLICABLE,
                        "every document of " + file + (removed ? " loses its schema" : " is new to old readers"))));
        return new SchemaChange(
                file,
                file,
                removed ? at : Optional.empty(),
                removed ? Optional.empty() : at,
                "",
                removed ? ChangeKind.SCHEMA_REMOVED : ChangeKind.SCHEMA_ADDED,
                removed ? "schema file removed" : "schema file added",
                removed ? breaks : Outcome.SAFE,
                removed ? Outcome.SAFE : breaks);
    }
}
