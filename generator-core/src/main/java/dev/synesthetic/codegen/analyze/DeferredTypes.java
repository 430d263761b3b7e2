package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Replaces the placeholders {@link Recursion} left for a schema met again through a record on the
 * loop (an array or map that holds itself through its items' properties) by that schema's
 * finished type: {@code List<NodesItem>}, not a name of its own. The finished type ends at the
 * record's name, so the replacement is finite.
 */
final class DeferredTypes {
    private DeferredTypes() {}

    static void replaceAll(
            Map<SourceLocation, TypeDecl> declared,
            Set<SourceLocation> deferred,
            Function<SourceLocation, TypeRef> finished) {
        if (deferred.isEmpty()) {
            return;
        }
        Function<TypeRef, TypeRef> replace = new Function<>() {
            @Override
            public TypeRef apply(TypeRef ref) {
                if (ref instanceof TypeRef.Nullable nullable) {
                    TypeRef inner = apply(nullable.inner());
                    return inner.isNullable() ? inner : new TypeRef.Nullable(inner, nullable.location());
                }
                if (ref instanceof TypeRef.Named named
                        && deferred.contains(named.declaration())
                        && !declared.containsKey(named.declaration())) {
                    return apply(finished.apply(named.declaration()));
                }
                if (ref instanceof TypeRef.ListOf list) {
                    return new TypeRef.ListOf(apply(list.element()), list.constraints(), list.location());
                }
                if (ref instanceof TypeRef.MapOf map) {
                    return new TypeRef.MapOf(apply(map.value()), map.constraints(), map.location());
                }
                return ref;
            }
        };
        declared.replaceAll((loc, decl) -> replaceIn(decl, replace));
    }

    private static TypeDecl replaceIn(TypeDecl decl, Function<TypeRef, TypeRef> replace) {
        if (decl instanceof TypeDecl.ObjectDecl object) {
            List<TypeDecl.Property> properties = new ArrayList<>();
            for (TypeDecl.Property p : object.properties()) {
                properties.add(new TypeDecl.Property(
                        p.wireName(),
                        replace.apply(p.type()),
                        p.required(),
                        p.doc(),
                        p.defaultValue(),
                        p.readOnly(),
                        p.location()));
            }
            AdditionalProperties additional = object.additional() instanceof AdditionalProperties.Typed typed
                    ? new AdditionalProperties.Typed(replace.apply(typed.valueType()))
                    : object.additional();
            return new TypeDecl.ObjectDecl(
                    object.location(), object.nameHint(), object.doc(), properties, additional, object.documentRoot());
        }
        if (decl instanceof TypeDecl.UnionDecl union) {
            return new TypeDecl.UnionDecl(
                    union.location(),
                    union.nameHint(),
                    union.doc(),
                    union.variants().stream().map(replace).toList());
        }
        if (decl instanceof TypeDecl.ValueDecl value) {
            return new TypeDecl.ValueDecl(
                    value.location(), value.nameHint(), value.doc(), replace.apply(value.value()));
        }
        if (decl instanceof TypeDecl.TupleDecl tuple) {
            return new TypeDecl.TupleDecl(
                    tuple.location(),
                    tuple.nameHint(),
                    tuple.doc(),
                    tuple.positions().stream().map(replace).toList(),
                    tuple.required(),
                    tuple.rest().map(replace));
        }
        return decl;
    }
}
