package dev.synesthetic.codegen.write;

import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.provenance.Digests;
import dev.synesthetic.codegen.provenance.GeneratorVersion;
import dev.synesthetic.codegen.provenance.Manifest;
import dev.synesthetic.codegen.provenance.ManifestCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds the manifest describing a generation to its file list (here, beside {@link GeneratedFiles}
 * which recognises manifests, so {@code provenance/} stays free of file lists).
 */
public final class ManifestBuilder {
    private ManifestBuilder() {}

    public static List<GeneratedFile> withManifest(Corpus corpus, String packageName, List<GeneratedFile> files) {
        Map<String, String> schemas = new TreeMap<>();
        for (SchemaDocument document : corpus.documents()) {
            schemas.put(document.relativePath(), Digests.ofSchema(document.root()));
        }
        // a mapped file (a meta-schema) is an input too where code was generated from it
        for (SchemaDocument document : corpus.library()) {
            if (files.stream()
                    .anyMatch(f -> f.sourceFile()
                            .filter(document.relativePath()::equals)
                            .isPresent())) {
                schemas.put(document.relativePath(), Digests.ofSchema(document.root()));
            }
        }
        Map<String, Manifest.FileEntry> entries = new TreeMap<>();
        for (GeneratedFile file : files) {
            entries.put(file.relativePath(), new Manifest.FileEntry(Digests.of(file.bytes()), file.sourceFile()));
        }
        Manifest manifest =
                Manifest.of(GeneratorVersion.value(), corpus.schemaVersion(), packageName, schemas, entries);
        List<GeneratedFile> all = new ArrayList<>(files);
        all.add(new GeneratedFile(Manifest.pathFor(packageName), ManifestCodec.write(manifest)));
        Collections.sort(all);
        return List.copyOf(all);
    }
}
