package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonValues;
import dev.synesthetic.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The compact constructor's defensive copies of list and map components, so a collection changed
 * after the record (or its builder) took it does not change the record. Lists whose elements the
 * schema does not allow to be null are copied by the runtime's {@code nonNullItems} (a null element is
 * refused naming its JSON Pointer: databind, builders and constructors all go through here); other lists and every map are unmodifiable copies that keep nulls and, for maps, the key order the
 * writer keeps. Only the outer collection is copied; free-form values are kept as given.
 */
final class Copies {
    private Copies() {}

    /**
     * The statement copying component {@code name} (JSON name {@code wireName}) of type {@code type}
     * in place, if it needs one; {@code helper} is the generated package's {@code JsonValues}.
     */
    static Optional<CodeBlock> of(ClassName helper, String name, String wireName, TypeRef type, Presence presence) {
        TypeRef value = type.nonNull();
        if (!(value instanceof TypeRef.ListOf || value instanceof TypeRef.MapOf)) {
            return Optional.empty();
        }
        return Optional.of(
                switch (presence) {
                    case REQUIRED ->
                        FlatCode.of("$N = $L", name, copy(helper, wireName, value, CodeBlock.of("$N", name)));
                    case OPTIONAL_NULLABLE -> optional(helper, name, wireName, value);
                    default ->
                        FlatCode.of(
                                "$N = $N == null ? null : $L",
                                name,
                                name,
                                copy(helper, wireName, value, CodeBlock.of("$N", name)));
                });
    }

    /** The same copies as {@link #copy} inside an {@code Optional} (absent: null, JSON null: empty). */
    private static CodeBlock optional(ClassName helper, String name, String wireName, TypeRef type) {
        if (type instanceof TypeRef.ListOf list && !list.element().isNullable()) {
            return FlatCode.of(
                    "$N = $L", name, JsonValues.OPTIONAL_NON_NULL_ITEMS.call(helper, "$N, $S", name, wireName));
        }
        // method references: a lambda's parameter could clash with a component's name
        return FlatCode.of(
                "$N = $N == null ? null : $N$L",
                name,
                name,
                name,
                type instanceof TypeRef.ListOf
                        ? CodeBlock.of(".map($T::new).map($T::unmodifiableList)", ArrayList.class, Collections.class)
                        : CodeBlock.of(
                                ".map($T::new).map($T::unmodifiableMap)", LinkedHashMap.class, Collections.class));
    }

    /** The copy of the list or map {@code value}. */
    private static CodeBlock copy(ClassName helper, String wireName, TypeRef type, CodeBlock value) {
        if (type instanceof TypeRef.ListOf list && !list.element().isNullable()) {
            return JsonValues.NON_NULL_ITEMS.call(helper, "$L, $S", value, wireName);
        }
        return type instanceof TypeRef.ListOf
                ? FlatCode.of("$T.unmodifiableList(new $T<>($L))", Collections.class, ArrayList.class, value)
                : FlatCode.of("$T.unmodifiableMap(new $T<>($L))", Collections.class, LinkedHashMap.class, value);
    }
}
