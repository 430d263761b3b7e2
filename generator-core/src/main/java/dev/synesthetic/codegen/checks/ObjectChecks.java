package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/** Keywords on objects. A {@code target} is the location of the subschema to apply. */
public final class ObjectChecks {
    private ObjectChecks() {}

    public record Required(SourceLocation at, List<String> names) implements Check {
        public Required {
            names = List.copyOf(names);
        }
    }

    /** One entry of {@code dependentRequired}. */
    public record DependentRequired(SourceLocation at, String trigger, List<String> names) implements Check {
        public DependentRequired {
            names = List.copyOf(names);
        }
    }

    /** {@code minProperties} or {@code maxProperties}. */
    public record PropertyCount(SourceLocation at, long limit) implements Check {}

    /** One entry of {@code properties}. */
    public record Property(SourceLocation at, String name, SourceLocation target) implements Check {}

    /** One entry of {@code patternProperties}. */
    public record PatternProperty(SourceLocation at, String regex, SourceLocation target) implements Check {}

    /** Applies to every property not in {@code declared} and matched by none of {@code patterns}. */
    public record AdditionalProperties(
            SourceLocation at, List<String> declared, List<String> patterns, SourceLocation target) implements Check {
        public AdditionalProperties {
            declared = List.copyOf(declared);
            patterns = List.copyOf(patterns);
        }
    }

    public record PropertyNames(SourceLocation at, SourceLocation target) implements Check {}

    /** One entry of {@code dependentSchemas}. */
    public record DependentSchema(SourceLocation at, String trigger, SourceLocation target) implements Check {}

    public record UnevaluatedProperties(SourceLocation at, SourceLocation target) implements Check {}
}
