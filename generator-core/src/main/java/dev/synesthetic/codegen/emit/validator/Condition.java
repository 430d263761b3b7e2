package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.emit.RuntimeMethod;
import java.util.List;

/**
 * What one check evaluates to (true = valid), described once by the keyword table ({@link
 * CheckEmitters}) and rendered twice: as Java source for the generated files, as bytecode for
 * {@code validate}. The renderers add nothing a keyword decides.
 */
public sealed interface Condition {
    /** {@code Owner.method(args)}, a static runtime method returning {@code boolean}. */
    record Call(RuntimeMethod method, List<Arg> args) implements Condition {
        public Call {
            args = List.copyOf(args);
        }
    }

    /**
     * {@code (e == null && JsonData.hasType(v, mask) || general)}: an {@code anyOf} some branch of
     * which checks only {@code type} accepts a value of such a type before running any branch, when
     * nobody collects annotations.
     */
    record TypeOnlyOr(int mask, Call general) implements Condition {}

    /**
     * {@code $dynamicRef}: a helper method that walks the dynamic scope outermost first and applies
     * the first candidate resource's schema found there ({@code cases}, by resource id), else {@code
     * fallback}.
     *
     * @param at the keyword's location, for the helper's Javadoc
     */
    record Dispatch(String at, List<Case> cases, Call fallback) implements Condition {
        public Dispatch {
            cases = List.copyOf(cases);
        }
    }

    /** One candidate of a {@link Dispatch}: when resource {@code resource} is in scope, {@code call}. */
    record Case(int resource, Call call) {}
}
