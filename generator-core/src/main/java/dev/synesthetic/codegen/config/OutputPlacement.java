package dev.synesthetic.codegen.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where generated sources may go. Not inside the schema folder: every {@code *.json} there is read
 * as a schema, so the generated manifest would become input to the next run and the output could
 * never be clean.
 */
public final class OutputPlacement {
    private OutputPlacement() {}

    /** The problem with writing to {@code output}, if there is one, as a sentence that says what to do. */
    public static Optional<String> problem(Path schemas, Path output) {
        Path schemaFolder = schemas.toAbsolutePath().normalize();
        Path outputFolder = output.toAbsolutePath().normalize();
        if (outputFolder.startsWith(schemaFolder)) {
            return Optional.of("the output folder " + output + " is inside the schema folder " + schemas
                    + ", where every *.json file is read as a schema; generate into a folder outside it");
        }
        return Optional.empty();
    }
}
