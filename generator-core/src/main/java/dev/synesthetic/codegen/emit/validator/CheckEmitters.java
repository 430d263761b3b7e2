package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.checks.ArrayChecks;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.ObjectChecks;
import dev.synesthetic.codegen.checks.ScalarChecks;
import dev.synesthetic.codegen.checks.ValueChecks;
import dev.synesthetic.codegen.emit.RuntimeApi;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonArrayKeywords;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonFormats;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonObjectKeywords;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonScalarKeywords;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonValueKeywords;
import dev.synesthetic.codegen.emit.RuntimeMethod;
import dev.synesthetic.codegen.emit.validator.Arg.Constant.Kind;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The keyword table: for each kind of {@link Check}, the runtime call (the keyword families of {@link
 * RuntimeApi}) that checks it, with the keyword's constants, as a neutral {@link Condition} (true =
 * valid). {@link JavaConditions} writes it as Java source, the bytecode emitter as instructions; in
 * the source {@code v} is the value, {@code c} the context and {@code e} the evaluated-collector.
 */
public final class CheckEmitters {
    private static final Map<Class<?>, BiFunction<Check, CheckContext, Condition>> TABLE = new HashMap<>();

    static final Arg V = Arg.Param.VALUE;
    static final Arg C = Arg.Param.CONTEXT;
    static final Arg E = Arg.Param.EVALUATED;

    private static <T extends Check> void on(Class<T> type, BiFunction<T, CheckContext, Condition> emitter) {
        TABLE.put(type, (check, context) -> emitter.apply(type.cast(check), context));
    }

    static {
        on(ValueChecks.Type.class, (k, s) -> call(JsonValueKeywords.TYPE, V, C, i(k.mask()), at(k)));
        on(
                ValueChecks.Const.class,
                (k, s) -> call(JsonValueKeywords.CONSTANT, V, C, constant(Kind.JSON, k.json()), at(k)));
        on(
                ValueChecks.Enum.class,
                (k, s) -> call(JsonValueKeywords.ENUMERATION, V, C, constant(Kind.JSON_LIST, k.json()), at(k)));
        on(
                ValueChecks.FalseSchema.class,
                (k, s) ->
                        Keywords.ADDITIONAL_PROPERTIES.is(k.heldBy()) || Keywords.UNEVALUATED_PROPERTIES.is(k.heldBy())
                                ? call(JsonValueKeywords.UNKNOWN_PROPERTY, C, text(k.heldBy()), at(k))
                                : call(JsonValueKeywords.FALSE_SCHEMA, C, at(k)));
        on(
                ScalarChecks.Bound.class,
                (k, s) -> call(
                        JsonScalarKeywords.BOUND, V, C, constant(Kind.DECIMAL, k.limit()), text(k.keyword()), at(k)));
        on(
                ScalarChecks.MultipleOf.class,
                (k, s) -> call(JsonScalarKeywords.MULTIPLE_OF, V, C, constant(Kind.DECIMAL, k.divisor()), at(k)));
        on(ScalarChecks.Length.class, (k, s) -> call(RuntimeApi.count(k.keyword()), V, C, l(k.limit()), at(k)));
        on(
                ScalarChecks.Pattern.class,
                (k, s) -> call(JsonScalarKeywords.PATTERN, V, C, constant(Kind.PATTERN, k.regex()), at(k)));
        on(ScalarChecks.Format.class, (k, s) -> call(JsonFormats.FORMAT, V, C, text(k.format()), at(k)));
        on(
                ObjectChecks.Required.class,
                (k, s) -> call(JsonObjectKeywords.REQUIRED, V, C, constant(Kind.NAMES, k.names()), at(k)));
        on(
                ObjectChecks.DependentRequired.class,
                (k, s) -> call(
                        JsonObjectKeywords.DEPENDENT_REQUIRED,
                        V,
                        C,
                        text(k.trigger()),
                        constant(Kind.NAMES, k.names()),
                        at(k)));
        on(
                ObjectChecks.PropertyCount.class,
                (k, s) -> call(RuntimeApi.count(k.at().pointer().last()), V, C, l(k.limit()), at(k)));
        on(
                ObjectChecks.Property.class,
                (k, s) -> call(JsonObjectKeywords.PROPERTY, V, C, E, text(k.name()), rule(k.target())));
        on(
                ObjectChecks.PatternProperty.class,
                (k, s) -> call(
                        JsonObjectKeywords.PATTERN_PROPERTIES,
                        V,
                        C,
                        E,
                        constant(Kind.PATTERN, k.regex()),
                        rule(k.target())));
        on(
                ObjectChecks.AdditionalProperties.class,
                (k, s) -> call(
                        JsonObjectKeywords.ADDITIONAL_PROPERTIES,
                        V,
                        C,
                        E,
                        constant(Kind.NAME_SET, k.declared()),
                        constant(Kind.PATTERNS, k.patterns()),
                        rule(k.target())));
        on(
                ObjectChecks.PropertyNames.class,
                (k, s) -> call(JsonObjectKeywords.PROPERTY_NAMES, V, C, rule(k.target()), at(k)));
        on(
                ObjectChecks.DependentSchema.class,
                (k, s) -> call(JsonObjectKeywords.DEPENDENT_SCHEMA, V, C, E, text(k.trigger()), rule(k.target())));
        on(
                ObjectChecks.UnevaluatedProperties.class,
                (k, s) -> call(JsonObjectKeywords.UNEVALUATED_PROPERTIES, V, C, E, rule(k.target())));
        on(ArrayChecks.ItemCount.class, (k, s) -> call(RuntimeApi.count(k.keyword()), V, C, l(k.limit()), at(k)));
        on(ArrayChecks.UniqueItems.class, (k, s) -> call(JsonArrayKeywords.UNIQUE_ITEMS, V, C, at(k)));
        on(
                ArrayChecks.PrefixItems.class,
                (k, s) -> call(JsonArrayKeywords.PREFIX_ITEMS, V, C, E, constant(Kind.RULES, k.targets())));
        on(ArrayChecks.Items.class, (k, s) -> call(JsonArrayKeywords.ITEMS, V, C, E, i(k.from()), rule(k.target())));
        on(
                ArrayChecks.Contains.class,
                (k, s) -> call(
                        JsonArrayKeywords.CONTAINS,
                        V,
                        C,
                        E,
                        rule(k.target()),
                        l(k.min()),
                        l(k.max()),
                        text(k.minAt().toString()),
                        text(k.maxAt().toString())));
        on(
                ArrayChecks.UnevaluatedItems.class,
                (k, s) -> call(JsonArrayKeywords.UNEVALUATED_ITEMS, V, C, E, rule(k.target())));
        ApplicatorEmitters.register(CheckEmitters::on);
    }

    /** Lets {@link ApplicatorEmitters} add its entries to the one table. */
    interface Registrar {
        <T extends Check> void on(Class<T> type, BiFunction<T, CheckContext, Condition> emitter);
    }

    private CheckEmitters() {}

    /** The check kinds the table has a call for. */
    public static java.util.Set<Class<?>> kinds() {
        return java.util.Set.copyOf(TABLE.keySet());
    }

    /** What {@code check} evaluates to. */
    public static Condition condition(Check check, CheckContext context) {
        BiFunction<Check, CheckContext, Condition> emitter = TABLE.get(check.getClass());
        if (emitter == null) {
            throw new IllegalStateException("no emitter for " + check.getClass().getSimpleName());
        }
        return emitter.apply(check, context);
    }

    /** {@code Owner.method(args)}; the argument count is checked against the method's arity here, once. */
    static Condition.Call call(RuntimeMethod method, Arg... args) {
        if (method.kind() != RuntimeMethod.Kind.STATIC || args.length != method.arity()) {
            throw new IllegalArgumentException(method + " given " + args.length + " arguments");
        }
        return new Condition.Call(method, List.of(args));
    }

    static Arg i(int value) {
        return new Arg.IntValue(value);
    }

    static Arg l(long value) {
        return new Arg.LongValue(value);
    }

    static Arg text(String value) {
        return new Arg.Text(value);
    }

    /** The keyword's location, where its violations are reported. */
    static Arg at(Check check) {
        return text(check.at().toString());
    }

    static Arg rule(SourceLocation target) {
        return new Arg.RuleRef(target);
    }

    static Arg constant(Kind kind, Object value) {
        return new Arg.Constant(kind, value);
    }
}
