package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Keywords that apply subschemas to the same value. */
public final class Applicators {
    private Applicators() {}

    /** One {@code allOf} entry ({@code at} is the entry): its violations are the value's violations. */
    public record AllOfEntry(SourceLocation at, SourceLocation target) implements Check {
        @Override
        public String keyword() {
            List<String> tokens = at.pointer().tokens();
            return tokens.get(tokens.size() - 2);
        }
    }

    public record AnyOf(SourceLocation at, List<SourceLocation> targets) implements Check {
        public AnyOf {
            targets = List.copyOf(targets);
        }
    }

    public record OneOf(SourceLocation at, List<SourceLocation> targets) implements Check {
        public OneOf {
            targets = List.copyOf(targets);
        }
    }

    public record Not(SourceLocation at, SourceLocation target) implements Check {}

    /** {@code if} with its optional {@code then} and {@code else}. */
    public record Conditional(
            SourceLocation at,
            SourceLocation condition,
            Optional<SourceLocation> then,
            Optional<SourceLocation> otherwise)
            implements Check {}

    /** @param resource the schema resource the target lies in: entered for {@code $dynamicRef} scoping */
    public record Ref(SourceLocation at, SourceLocation target, int resource) implements Check {}

    /**
     * {@code $dynamicRef} whose initial target declares the matching {@code $dynamicAnchor}: at run
     * time the outermost resource in the dynamic scope that declares the anchor wins.
     *
     * @param candidates resource id → the schema carrying the anchor in that resource
     */
    public record DynamicRef(
            SourceLocation at,
            SourceLocation fallback,
            int fallbackResource,
            SortedMap<Integer, SourceLocation> candidates)
            implements Check {
        public DynamicRef {
            candidates = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(candidates));
        }
    }
}
