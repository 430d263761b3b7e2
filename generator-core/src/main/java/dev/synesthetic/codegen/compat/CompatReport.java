package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.compat.api.JavaApiChange;
import java.util.List;
import java.util.Set;

/**
 * Every change between an old and a new corpus: for documents, in schema and location order, and for
 * the generated Java API ({@link JavaApiChange#ORDER}; empty when the API was not compared).
 */
public record CompatReport(List<SchemaChange> changes, List<JavaApiChange> javaChanges) {
    public CompatReport {
        changes = List.copyOf(changes);
        javaChanges = javaChanges.stream().sorted(JavaApiChange.ORDER).toList();
    }

    /** A report of document changes alone. */
    public CompatReport(List<SchemaChange> changes) {
        this(changes, List.of());
    }

    /** The same document changes with the Java API's. */
    public CompatReport withJava(List<JavaApiChange> java) {
        return new CompatReport(changes, java);
    }

    /** How many changes break (or may break) {@code category}. */
    public long failing(Category category) {
        if (category == Category.JAVA) {
            return javaChanges.stream().filter(JavaApiChange::breaking).count();
        }
        return changes.stream().filter(c -> c.outcome(category).failing()).count();
    }

    /** Whether any change breaks one of {@code categories}: what the exit code is made of. */
    public boolean fails(Set<Category> categories) {
        return categories.stream().anyMatch(c -> failing(c) > 0);
    }
}
