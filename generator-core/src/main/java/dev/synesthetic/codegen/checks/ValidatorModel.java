package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/**
 * Every schema a validator must check, sorted by location.
 *
 * @param roots the file roots (one public validator per file), sorted
 * @param dynamicScope whether any {@code $dynamicRef} needs the dynamic scope tracked at run time
 */
public record ValidatorModel(List<SchemaUnit> units, List<SourceLocation> roots, boolean dynamicScope) {
    public ValidatorModel {
        units = List.copyOf(units);
        roots = List.copyOf(roots);
    }

    /** Whether any schema asserts a {@code format}, so the validators need the format runtime. */
    public boolean assertsFormats() {
        return units.stream().flatMap(u -> u.checks().stream()).anyMatch(ScalarChecks.Format.class::isInstance);
    }
}
