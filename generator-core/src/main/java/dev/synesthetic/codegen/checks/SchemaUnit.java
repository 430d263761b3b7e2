package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.OptionalInt;

/**
 * One schema that gets a generated method: reached from a file root through applicators or
 * {@code $ref}s. A schema reached by several paths is one unit, so recursion is a method calling
 * itself.
 *
 * @param resource the id of the schema resource this unit is the root of, or -1
 * @param collectsEvaluation whether it has {@code unevaluatedProperties}/{@code unevaluatedItems}
 *     and so must gather what its in-place subschemas evaluated
 * @param checks in evaluation order; unevaluated* last
 */
public record SchemaUnit(SourceLocation location, int resource, boolean collectsEvaluation, List<Check> checks) {
    public SchemaUnit {
        checks = List.copyOf(checks);
    }

    public boolean isResourceRoot() {
        return resource >= 0;
    }

    /**
     * The JSON types that satisfy this schema by their type alone, when it checks nothing else: the
     * mask of its only {@code type} check, every type when it has no checks ({@code true}, {@code {}}),
     * empty otherwise. An {@code anyOf} uses it to accept such a value without running its branches.
     */
    public OptionalInt typeOnlyMask() {
        if (checks.isEmpty()) {
            return OptionalInt.of(ValueChecks.ALL_TYPES);
        }
        return checks.size() == 1 && checks.get(0) instanceof ValueChecks.Type type
                ? OptionalInt.of(type.mask())
                : OptionalInt.empty();
    }
}
