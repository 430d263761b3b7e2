package dev.synesthetic.codegen.maven;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.compat.Category;
import dev.synesthetic.codegen.compat.CompatFormat;
import java.nio.file.Path;
import java.util.Set;

/**
 * What one {@code compat} run compares and how it reports, resolved from the goal's parameters.
 *
 * @param oldFolder the previous release's schema folder (an artifact's is extracted under target/)
 * @param oldName how messages name the old side: the folder, or the artifact's coordinates
 * @param base the options {@code generate} would use, on the project's schema folder (the new side)
 * @param assertFormats formats assert while proving counterexamples (the CLI's default)
 */
record CompatRequest(
        Path oldFolder,
        String oldName,
        GeneratorConfig base,
        Set<Category> failOn,
        CompatFormat format,
        boolean assertFormats,
        Path reportFile) {
    Path newFolder() {
        return base.schemaFolder();
    }
}
