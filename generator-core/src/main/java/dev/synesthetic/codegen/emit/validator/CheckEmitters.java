package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.CodeBlock;
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
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The emit side of the keyword table: for each kind of {@link Check}, the boolean expression (true
 * = valid) that calls the matching runtime method (the keyword families of {@link RuntimeApi}) with the keyword's
 * constants. In the expressions {@code v} is the value, {@code c} the context and {@code e} the
 * evaluated-collector.
 */
final class CheckEmitters {
    private static final Map<Class<?>, BiFunction<Check, ClassScope, CodeBlock>> TABLE = new HashMap<>();

    private static <T extends Check> void on(Class<T> type, BiFunction<T, ClassScope, CodeBlock> emitter) {
        TABLE.put(type, (check, scope) -> emitter.apply(type.cast(check), scope));
    }

    static {
        on(
                ValueChecks.Type.class,
                (k, s) -> call(s, JsonValueKeywords.TYPE, "v, c, $L, $S", k.mask(), k.at().toString()));
        on(
                ValueChecks.Const.class,
                (k, s) -> call(
                        s, JsonValueKeywords.CONSTANT, "v, c, $N, $S", s.pool().json(k.json()), k.at().toString()));
        on(
                ValueChecks.Enum.class,
                (k, s) -> call(
                        s,
                        JsonValueKeywords.ENUMERATION,
                        "v, c, $N, $S",
                        s.pool().jsonList(k.json()),
                        k.at().toString()));
        on(
                ValueChecks.FalseSchema.class,
                (k, s) -> Keywords.ADDITIONAL_PROPERTIES.is(k.heldBy())
                                || Keywords.UNEVALUATED_PROPERTIES.is(k.heldBy())
                        ? call(s, JsonValueKeywords.UNKNOWN_PROPERTY, "c, $S, $S", k.heldBy(), k.at().toString())
                        : call(s, JsonValueKeywords.FALSE_SCHEMA, "c, $S", k.at().toString()));
        on(
                ScalarChecks.Bound.class,
                (k, s) -> call(
                        s,
                        JsonScalarKeywords.BOUND,
                        "v, c, $N, $S, $S",
                        s.pool().decimal(k.limit()),
                        k.keyword(),
                        k.at().toString()));
        on(
                ScalarChecks.MultipleOf.class,
                (k, s) -> call(
                        s,
                        JsonScalarKeywords.MULTIPLE_OF,
                        "v, c, $N, $S",
                        s.pool().decimal(k.divisor()),
                        k.at().toString()));
        on(
                ScalarChecks.Length.class,
                (k, s) -> call(s, RuntimeApi.count(k.keyword()), "v, c, $LL, $S", k.limit(), k.at().toString()));
        on(
                ScalarChecks.Pattern.class,
                (k, s) -> call(
                        s, JsonScalarKeywords.PATTERN, "v, c, $N, $S", s.pool().pattern(k.regex()), k.at().toString()));
        on(
                ScalarChecks.Format.class,
                (k, s) ->
                        JsonFormats.FORMAT.call(s.runtime().formats(), "v, c, $S, $S", k.format(), k.at().toString()));
        on(
                ObjectChecks.Required.class,
                (k, s) -> call(
                        s, JsonObjectKeywords.REQUIRED, "v, c, $N, $S", s.pool().names(k.names()), k.at().toString()));
        on(
                ObjectChecks.DependentRequired.class,
                (k, s) -> call(
                        s,
                        JsonObjectKeywords.DEPENDENT_REQUIRED,
                        "v, c, $S, $N, $S",
                        k.trigger(),
                        s.pool().names(k.names()),
                        k.at().toString()));
        on(
                ObjectChecks.PropertyCount.class,
                (k, s) -> call(
                        s, RuntimeApi.count(k.at().pointer().last()), "v, c, $LL, $S", k.limit(), k.at().toString()));
        on(
                ObjectChecks.Property.class,
                (k, s) -> call(s, JsonObjectKeywords.PROPERTY, "v, c, e, $S, $L", k.name(), s.rule(k.target())));
        on(
                ObjectChecks.PatternProperty.class,
                (k, s) -> call(
                        s,
                        JsonObjectKeywords.PATTERN_PROPERTIES,
                        "v, c, e, $N, $L",
                        s.pool().pattern(k.regex()),
                        s.rule(k.target())));
        on(
                ObjectChecks.AdditionalProperties.class,
                (k, s) -> call(
                        s,
                        JsonObjectKeywords.ADDITIONAL_PROPERTIES,
                        "v, c, e, $N, $N, $L",
                        s.pool().nameSet(k.declared()),
                        s.pool().patterns(k.patterns()),
                        s.rule(k.target())));
        on(
                ObjectChecks.PropertyNames.class,
                (k, s) -> call(
                        s, JsonObjectKeywords.PROPERTY_NAMES, "v, c, $L, $S", s.rule(k.target()), k.at().toString()));
        on(
                ObjectChecks.DependentSchema.class,
                (k, s) -> call(
                        s, JsonObjectKeywords.DEPENDENT_SCHEMA, "v, c, e, $S, $L", k.trigger(), s.rule(k.target())));
        on(
                ObjectChecks.UnevaluatedProperties.class,
                (k, s) -> call(s, JsonObjectKeywords.UNEVALUATED_PROPERTIES, "v, c, e, $L", s.rule(k.target())));
        on(
                ArrayChecks.ItemCount.class,
                (k, s) -> call(s, RuntimeApi.count(k.keyword()), "v, c, $LL, $S", k.limit(), k.at().toString()));
        on(
                ArrayChecks.UniqueItems.class,
                (k, s) -> call(s, JsonArrayKeywords.UNIQUE_ITEMS, "v, c, $S", k.at().toString()));
        on(
                ArrayChecks.PrefixItems.class,
                (k, s) -> call(
                        s,
                        JsonArrayKeywords.PREFIX_ITEMS,
                        "v, c, e, $N",
                        s.pool().rules(s.rules(k.targets()))));
        on(
                ArrayChecks.Items.class,
                (k, s) -> call(s, JsonArrayKeywords.ITEMS, "v, c, e, $L, $L", k.from(), s.rule(k.target())));
        on(
                ArrayChecks.Contains.class,
                (k, s) -> call(
                        s,
                        JsonArrayKeywords.CONTAINS,
                        "v, c, e, $L, $LL, $LL, $S, $S",
                        s.rule(k.target()),
                        k.min(),
                        k.max(),
                        k.minAt().toString(),
                        k.maxAt().toString()));
        on(
                ArrayChecks.UnevaluatedItems.class,
                (k, s) -> call(s, JsonArrayKeywords.UNEVALUATED_ITEMS, "v, c, e, $L", s.rule(k.target())));
        ApplicatorEmitters.register(CheckEmitters::on);
    }

    /** Lets {@link ApplicatorEmitters} add its entries to the one table. */
    interface Registrar {
        <T extends Check> void on(Class<T> type, BiFunction<T, ClassScope, CodeBlock> emitter);
    }

    private CheckEmitters() {}

    static CodeBlock condition(Check check, ClassScope scope) {
        BiFunction<Check, ClassScope, CodeBlock> emitter = TABLE.get(check.getClass());
        if (emitter == null) {
            throw new IllegalStateException("no emitter for " + check.getClass().getSimpleName());
        }
        return emitter.apply(check, scope);
    }

    /** {@code Owner.method(arguments)}, the owner emitted into the scope's package. */
    static CodeBlock call(ClassScope scope, RuntimeMethod method, String arguments, Object... args) {
        return scope.runtime().call(method, arguments, args);
    }
}
