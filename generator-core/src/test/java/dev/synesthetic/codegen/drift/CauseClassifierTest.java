package dev.synesthetic.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.drift.DriftCause.Reason;
import dev.synesthetic.codegen.provenance.Digests;
import dev.synesthetic.codegen.provenance.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CauseClassifierTest {
    private static final String FILE = "p/Tone.java";
    private static final byte[] COMMITTED = "committed\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDigestThatNoLongerMatchesIsAHandEditWhateverElseChanged() {
        Manifest before = manifest("1.0", "1", "tone-v1", Digests.of("other".getBytes(StandardCharsets.UTF_8)));
        assertThat(reason(before, manifest("2.0", "2", "tone-v2", "any"))).isEqualTo(Reason.EDITED_BY_HAND);
    }

    @Test
    void otherwiseTheMostCertainChangeExplainsTheFile() {
        String digest = Digests.of(COMMITTED);
        Manifest before = manifest("1.0", "1", "tone-v1", digest);
        assertThat(reason(before, manifest("1.0", "2", "tone-v1", "new"))).isEqualTo(Reason.SCHEMA_VERSION_BUMPED);
        assertThat(reason(before, manifest("1.0", "1", "tone-v2", "new"))).isEqualTo(Reason.SCHEMA_CHANGED);
        assertThat(reason(before, manifest("2.0", "1", "tone-v1", "new"))).isEqualTo(Reason.GENERATOR_CHANGED);
        assertThat(reason(before, manifest("1.0", "1", "tone-v1", "new"))).isEqualTo(Reason.OPTIONS_CHANGED);
    }

    @Test
    void aChangeInAnotherSchemaIsNamed() {
        String digest = Digests.of(COMMITTED);
        Manifest before = new Manifest(
                "1.0",
                Optional.of("1"),
                "p",
                new java.util.TreeMap<>(Map.of("tone.json", "t", "base.json", "b1")),
                new java.util.TreeMap<>(Map.of(FILE, new Manifest.FileEntry(digest, Optional.of("tone.json")))));
        Manifest now = new Manifest(
                "1.0",
                Optional.of("1"),
                "p",
                new java.util.TreeMap<>(Map.of("tone.json", "t", "base.json", "b2")),
                new java.util.TreeMap<>(Map.of(FILE, new Manifest.FileEntry("new", Optional.of("tone.json")))));
        DriftCause cause =
                new CauseClassifier(Optional.of(before), Optional.of(now)).explain(FILE, COMMITTED, "committed\n");
        assertThat(cause.reason()).isEqualTo(Reason.REFERENCED_SCHEMA_CHANGED);
        assertThat(cause.detail()).contains("base.json");
    }

    @Test
    void theManifestItselfAndFilesWithoutAManifest() {
        CauseClassifier none = new CauseClassifier(Optional.empty(), Optional.empty());
        assertThat(none.explain("p/" + Manifest.FILE_NAME, COMMITTED, "").reason())
                .isEqualTo(Reason.MANIFEST_UPDATED);
        assertThat(none.explain(FILE, COMMITTED, "committed\n").reason()).isEqualTo(Reason.UNKNOWN);
        DriftCause version =
                none.explain("p/SchemaVersion.java", COMMITTED, "  public static final String VALUE = \"0.9\";");
        assertThat(version.reason()).isEqualTo(Reason.SCHEMA_VERSION_BUMPED);
        assertThat(version.detail()).contains("generated for 0.9");
    }

    private static Reason reason(Manifest before, Manifest now) {
        return new CauseClassifier(Optional.of(before), Optional.of(now))
                .explain(FILE, COMMITTED, "committed\n")
                .reason();
    }

    private static Manifest manifest(String generator, String schemaVersion, String toneDigest, String fileDigest) {
        return Manifest.of(
                generator,
                Optional.of(schemaVersion),
                "p",
                Map.of("tone.json", toneDigest),
                Map.of(FILE, new Manifest.FileEntry(fileDigest, Optional.of("tone.json"))));
    }
}
