package dev.synesthetic.codegen.emit.validator;

import static dev.synesthetic.codegen.emit.validator.CheckEmitters.C;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.E;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.V;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.at;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.call;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.constant;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.i;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.rule;
import static dev.synesthetic.codegen.emit.validator.CheckEmitters.text;

import dev.synesthetic.codegen.checks.Applicators;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonApplicators;
import dev.synesthetic.codegen.emit.validator.Arg.Constant.Kind;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table's entries for {@code $ref}, {@code $dynamicRef} and the in-place applicators. */
final class ApplicatorEmitters {
    private ApplicatorEmitters() {}

    static void register(CheckEmitters.Registrar table) {
        table.on(Applicators.AllOfEntry.class, (k, s) -> call(JsonApplicators.IN_PLACE, V, C, E, rule(k.target())));
        table.on(Applicators.AnyOf.class, ApplicatorEmitters::anyOf);
        table.on(
                Applicators.OneOf.class,
                (k, s) -> call(JsonApplicators.ONE_OF, V, C, E, constant(Kind.RULES, k.targets()), at(k)));
        table.on(Applicators.Not.class, (k, s) -> call(JsonApplicators.NOT, V, C, rule(k.target()), at(k)));
        table.on(
                Applicators.Conditional.class,
                (k, s) -> call(
                        JsonApplicators.CONDITIONAL,
                        V,
                        C,
                        E,
                        rule(k.condition()),
                        optionalRule(k.then()),
                        optionalRule(k.otherwise())));
        table.on(Applicators.Ref.class, (k, s) -> ref(k.at(), k.target(), s.resource(k.resource())));
        table.on(Applicators.DynamicRef.class, (k, s) -> dispatch(k));
    }

    /**
     * {@code anyOf}; when some branch checks only {@code type}, a value of that type is accepted
     * before any branch runs (the nullable {@code anyOf [{$ref: X}, {type: null}]} with a null). Only
     * when nobody collects annotations ({@code e == null}): otherwise every matching branch must run.
     */
    private static Condition anyOf(Applicators.AnyOf k, CheckContext s) {
        Condition.Call general = call(JsonApplicators.ANY_OF, V, C, E, constant(Kind.RULES, k.targets()), at(k));
        int accepted = s.typeOnlyMask(k.targets());
        return accepted == 0 ? general : new Condition.TypeOnlyOr(accepted, general);
    }

    private static Condition.Call ref(SourceLocation at, SourceLocation target, int resource) {
        return call(
                JsonApplicators.REF, V, C, E, rule(target), i(resource), text(at.toString()), text(target.toString()));
    }

    private static Arg optionalRule(Optional<SourceLocation> target) {
        return target.map(CheckEmitters::rule).orElse(new Arg.Null());
    }

    /**
     * The outermost resource in the dynamic scope declaring the anchor applies its schema, else the
     * statically resolved one. The resource ids are entered as they are: a dispatcher exists only
     * when the dynamic scope is tracked.
     */
    private static Condition dispatch(Applicators.DynamicRef ref) {
        List<Condition.Case> cases = new ArrayList<>();
        for (Map.Entry<Integer, SourceLocation> candidate : ref.candidates().entrySet()) {
            cases.add(new Condition.Case(candidate.getKey(), ref(ref.at(), candidate.getValue(), candidate.getKey())));
        }
        return new Condition.Dispatch(
                ref.at().toString(), cases, ref(ref.at(), ref.fallback(), ref.fallbackResource()));
    }
}
