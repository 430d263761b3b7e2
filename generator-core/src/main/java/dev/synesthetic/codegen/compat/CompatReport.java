package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.compat.api.JavaApiChange;
import java.util.List;
import java.util.Set;

/**
 * Every change between an old and a new corpus: for documents, in schema and location order, and for
 * the generated Java API ({@link JavaApiChange#ORDER}).
 *
 * @param javaCompared whether the Java API was compared at all: when not, the report claims nothing
 *     about it (no "0 breaking")
 */
public record CompatReport(List<SchemaChange> changes, List<JavaApiChange> javaChanges, boolean javaCompared) {
    public CompatReport {
        changes = List.copyOf(changes);
        javaChanges = javaChanges.stream().sorted(JavaApiChange.ORDER).toList();
    }

    /** A report of document changes alone: the Java API was not compared. */
    public CompatReport(List<SchemaChange> changes) {
        this(changes, List.of(), false);
    }

    /** The same document changes with the Java API's. */
    public CompatReport withJava(List<JavaApiChange> java) {
        return new CompatReport(changes, java, true);
    }

    /** The categories this report judges: backward and forward, and java when the API was compared. */
    public List<Category> judged() {
        return javaCompared ? List.of(Category.values()) : List.of(Category.BACKWARD, Category.FORWARD);
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
