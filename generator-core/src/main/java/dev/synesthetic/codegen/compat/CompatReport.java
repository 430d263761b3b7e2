package dev.synesthetic.codegen.compat;

import java.util.List;
import java.util.Set;

/** Every document-level change between an old and a new corpus, in schema and location order. */
public record CompatReport(List<SchemaChange> changes) {
    public CompatReport {
        changes = List.copyOf(changes);
    }

    /** How many changes break (or may break) {@code category}. */
    public long failing(Category category) {
        return changes.stream().filter(c -> c.outcome(category).failing()).count();
    }

    /** Whether any change breaks one of {@code categories}: what the exit code is made of. */
    public boolean fails(Set<Category> categories) {
        return categories.stream().anyMatch(c -> failing(c) > 0);
    }
}
