package dev.synesthetic.codegen.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one document, as every output format renders it.
 *
 * @param schemaFile the corpus file it was checked against; null when the file could not be read
 * @param problems empty when valid
 * @param unreadable why the file is not a document of its format, else null
 */
record DocumentReport(
        Path file,
        int number,
        int count,
        DocumentFormat format,
        @Nullable String schemaFile,
        List<Located> problems,
        @Nullable UnreadableDocument unreadable) {

    /** A problem and where its value starts in the file, when the parser tells. */
    record Located(Problem problem, @Nullable Position position) {}

    static DocumentReport unreadable(Path file, DocumentFormat format, UnreadableDocument why) {
        return new DocumentReport(file, 1, 1, format, null, List.of(), why);
    }

    boolean valid() {
        return unreadable == null && problems.isEmpty();
    }

    String label() {
        return InstanceDocument.label(file, number, count);
    }

    /** {@code not valid YAML: line 3, column 3: ...}. */
    String unreadableMessage() {
        return unreadable == null ? "" : "not valid " + format + ": " + unreadable.describe();
    }
}
