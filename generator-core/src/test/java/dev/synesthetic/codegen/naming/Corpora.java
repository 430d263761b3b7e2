package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Schema files written to a folder, analysed into the model the naming stage gets. */
final class Corpora {
    private Corpora() {}

    /** {@code files} alternates relative path and JSON text. */
    static SchemaModel model(Path folder, String... files) throws Exception {
        for (int i = 0; i < files.length; i += 2) {
            Path file = folder.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return new Generator().model(GeneratorConfig.builder(folder, "p").build());
    }
}
