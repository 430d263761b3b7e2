package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One document of an instance file (a YAML stream holds several) and where each of its values
 * starts, by JSON Pointer.
 *
 * @param number 1-based index in the file
 * @param count how many documents the file holds
 */
record InstanceDocument(Path file, int number, int count, JsonNode value, Map<String, Position> positions) {
    /** The file, or {@code file#n} when the file holds more than one document. */
    String label() {
        return label(file, number, count);
    }

    static String label(Path file, int number, int count) {
        return count > 1 ? file + "#" + number : file.toString();
    }

    /**
     * Where the value at {@code pointer} starts; a value without a position of its own (TOML gives
     * none, an alias's insides) gets its nearest located ancestor's.
     */
    @Nullable
    Position position(String pointer) {
        String at = pointer;
        while (true) {
            Position found = positions.get(at);
            if (found != null || at.isEmpty()) {
                return found;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
