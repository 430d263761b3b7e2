package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import dev.synesthetic.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The compact constructor's defensive copies of list and map components, so a collection changed
 * after the record (or its builder) took it does not change the record. Lists whose elements the
 * schema does not allow to be null are copied by {@code List.copyOf} (a null element is refused);
 * other lists and every map are unmodifiable copies that keep nulls and, for maps, the key order the
 * writer keeps. Only the outer collection is copied; free-form values are kept as given.
 */
final class Copies {
    private Copies() {}

    /** The statement copying component {@code name} of type {@code type} in place, if it needs one. */
    static Optional<CodeBlock> of(String name, TypeRef type, Presence presence) {
        TypeRef value = type.nonNull();
        if (!(value instanceof TypeRef.ListOf || value instanceof TypeRef.MapOf)) {
            return Optional.empty();
        }
        return Optional.of(
                switch (presence) {
                    case REQUIRED -> CodeBlock.of("$N = $L", name, copy(value, CodeBlock.of("$N", name)));
                    // method references: a lambda's parameter could clash with a component's name
                    case OPTIONAL_NULLABLE ->
                        CodeBlock.of("$N = $N == null ? null : $N$L", name, name, name, mapped(value));
                    default ->
                        CodeBlock.of("$N = $N == null ? null : $L", name, name, copy(value, CodeBlock.of("$N", name)));
                });
    }

    /** The same copies as {@link #copy} as {@code Optional.map} steps. */
    private static CodeBlock mapped(TypeRef type) {
        if (type instanceof TypeRef.ListOf list && !list.element().isNullable()) {
            return CodeBlock.of(".map($T::copyOf)", List.class);
        }
        return type instanceof TypeRef.ListOf
                ? CodeBlock.of(".map($T::new).map($T::unmodifiableList)", ArrayList.class, Collections.class)
                : CodeBlock.of(".map($T::new).map($T::unmodifiableMap)", LinkedHashMap.class, Collections.class);
    }

    /** The copy of the list or map {@code value}. */
    private static CodeBlock copy(TypeRef type, CodeBlock value) {
        if (type instanceof TypeRef.ListOf list && !list.element().isNullable()) {
            return CodeBlock.of("$T.copyOf($L)", List.class, value);
        }
        return type instanceof TypeRef.ListOf
                ? CodeBlock.of("$T.unmodifiableList(new $T<>($L))", Collections.class, ArrayList.class, value)
                : CodeBlock.of("$T.unmodifiableMap(new $T<>($L))", Collections.class, LinkedHashMap.class, value);
    }
}
