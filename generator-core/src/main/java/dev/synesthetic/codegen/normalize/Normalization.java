package dev.synesthetic.codegen.normalize;

import dev.synesthetic.codegen.drift.UnifiedDiffs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/** One schema file's text as it is and in canonical form. */
public record Normalization(Path file, String before, String after) {
    public boolean changed() {
        return !before.equals(after);
    }

    /** The unified diff that normalizing makes, naming the file {@code shownAs}. */
    public List<String> diff(String shownAs) {
        return UnifiedDiffs.of(shownAs, before, after);
    }

    /**
     * Replaces the file (the target of a link, not the link) with the canonical text in one atomic
     * move, so a reader or a killed run never sees half a schema; an unchanged file is left alone.
     */
    public void write() throws IOException {
        if (!changed()) {
            return;
        }
        Path target = file.toRealPath();
        Path staged = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(staged, after, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }
}
