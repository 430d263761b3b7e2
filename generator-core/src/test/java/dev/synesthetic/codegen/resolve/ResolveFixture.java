package dev.synesthetic.codegen.resolve;

import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.CorpusLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A corpus folder written by a test and loaded as the resolve stage gets it. */
final class ResolveFixture {
    private ResolveFixture() {}

    /** {@code files} alternates relative path and JSON text. */
    static Corpus corpus(Path folder, Diagnostics diagnostics, String... files) throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Path file = folder.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return new CorpusLoader().load(folder, diagnostics);
    }
}
