package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/** What the keyword table may know beyond a check itself: the other units, and whether the dynamic scope is tracked. */
public record CheckContext(ValidatorNames names, boolean dynamicScope) {
    /**
     * The types that make some of {@code targets} pass by type alone (0 when none does): a value of
     * one of them satisfies an {@code anyOf} of those targets whatever its other branches say.
     */
    int typeOnlyMask(List<SourceLocation> targets) {
        int mask = 0;
        for (SourceLocation target : targets) {
            mask |= names.unit(target).typeOnlyMask().orElse(0);
        }
        return mask;
    }

    /** Resource ids only matter when some {@code $dynamicRef} reads the dynamic scope. */
    int resource(int id) {
        return dynamicScope ? id : -1;
    }
}
