package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.naming.Namer;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** One schema file → the model and names the earlier stages give it → what {@link JavaEmitter} emits. */
final class SmallModel {
    private SmallModel() {}

    /** The text of {@code p/<type>.java} emitted for {@code schema}, saved as {@code file} in {@code folder}. */
    static String emit(Path folder, String file, String schema, String type, JacksonBaseline jackson) throws Exception {
        Files.writeString(folder.resolve(file), schema);
        SchemaModel model =
                new Generator().model(GeneratorConfig.builder(folder, "p").build());
        Diagnostics diagnostics = new Diagnostics();
        var names = new Namer().name(model, diagnostics);
        return new JavaEmitter()
                .emit(model, names, "p", jackson, false).stream()
                        .filter(f -> f.relativePath().equals("p/" + type + ".java"))
                        .map(GeneratedFile::content)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no p/" + type + ".java emitted"));
    }
}
