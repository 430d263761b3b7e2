package dev.synesthetic.codegen.compat.api;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What callers can use of one generated type, as its source declares it: the components of a record,
 * the constants of an enum, the permitted variants of a sealed interface, the public methods by
 * signature, and the public nested types (builders, union variants, groups).
 *
 * @param name the name inside the package, nested types after a dot ({@code Thing.Builder})
 * @param methods {@code name(ParameterTypes)} (constructors as {@code <init>(…)}) → {@code static}
 *     and the return type; type annotations are left out, they change no call's compilation
 */
record TypeApi(
        String name,
        Shape shape,
        List<Component> components,
        List<String> constants,
        List<String> permits,
        SortedMap<String, String> methods,
        List<TypeApi> nested) {
    TypeApi {
        components = List.copyOf(components);
        constants = List.copyOf(constants);
        permits = List.copyOf(permits);
        methods = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(methods));
        nested = List.copyOf(nested);
    }

    /** The simple name: what a variant's permit, an import or a builder's enclosing type says. */
    String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    enum Shape {
        RECORD,
        ENUM,
        INTERFACE,
        CLASS
    }

    /**
     * A record component: its name, its type without annotations ({@code Optional<BigDecimal>}) and
     * whether it is {@code @Nullable}.
     */
    record Component(String name, String type, boolean nullable) {}
}
