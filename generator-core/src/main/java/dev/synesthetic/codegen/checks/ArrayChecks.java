package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/** Keywords on arrays. */
public final class ArrayChecks {
    private ArrayChecks() {}

    /** {@code minItems} or {@code maxItems}. */
    public record ItemCount(SourceLocation at, long limit) implements Check {}

    public record UniqueItems(SourceLocation at) implements Check {}

    public record PrefixItems(SourceLocation at, List<SourceLocation> targets) implements Check {
        public PrefixItems {
            targets = List.copyOf(targets);
        }
    }

    /** {@code items}: applies to every item from index {@code from} on (after {@code prefixItems}). */
    public record Items(SourceLocation at, int from, SourceLocation target) implements Check {}

    /**
     * {@code contains} with {@code minContains} (default 1) and {@code maxContains} (-1: none).
     *
     * @param minAt where a too-low count is reported: {@code minContains} if given, else {@code contains}
     */
    public record Contains(
            SourceLocation at, SourceLocation target, long min, long max, SourceLocation minAt, SourceLocation maxAt)
            implements Check {}

    public record UnevaluatedItems(SourceLocation at, SourceLocation target) implements Check {}
}
