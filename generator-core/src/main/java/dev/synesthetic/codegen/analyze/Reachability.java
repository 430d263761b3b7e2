package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops inline declarations nothing uses any more (an inner anyOf flattened into its outer one, an
 * enum absorbed by a plain string). File roots, the types they are and {@code $defs} entries always stay.
 */
final class Reachability {
    private Reachability() {}

    /** {@code roots}: the files' root types, kept too (a root {@code $ref} may name an inline schema). */
    static void pruneUnreachable(Map<SourceLocation, TypeDecl> declared, Collection<SourceLocation> roots) {
        Deque<SourceLocation> work = new ArrayDeque<>(roots);
        Set<SourceLocation> reached = new HashSet<>();
        for (SourceLocation loc : declared.keySet()) {
            if (isGivenLocation(loc)) {
                work.push(loc);
            }
        }
        while (!work.isEmpty()) {
            SourceLocation loc = work.pop();
            TypeDecl decl = declared.get(loc);
            if (decl != null && reached.add(loc)) {
                uses(decl).forEach(ref -> collectNamed(ref, work));
                if (decl instanceof TypeDecl.ObjectDecl object) {
                    object.bases().forEach(work::push); // its interface is implemented here
                }
            }
        }
        declared.keySet().retainAll(reached);
    }

    /** A file root or a {@code $defs}/{@code definitions} entry: named by its author, always kept. */
    static boolean isGivenLocation(SourceLocation loc) {
        List<String> tokens = loc.pointer().tokens();
        if (tokens.isEmpty()) {
            return true;
        }
        String parent = tokens.size() >= 2 ? tokens.get(tokens.size() - 2) : "";
        return Keywords.isDefinitionContainer(parent);
    }

    static List<TypeRef> uses(TypeDecl decl) {
        List<TypeRef> uses = new ArrayList<>();
        if (decl instanceof TypeDecl.ObjectDecl object) {
            object.properties().forEach(p -> uses.add(p.type()));
            if (object.additional() instanceof AdditionalProperties.Typed typed) {
                uses.add(typed.valueType());
            }
        } else if (decl instanceof TypeDecl.UnionDecl union) {
            uses.addAll(union.variants());
        } else if (decl instanceof TypeDecl.ValueDecl value) {
            uses.add(value.value());
        } else if (decl instanceof TypeDecl.TupleDecl tuple) {
            uses.addAll(tuple.positions());
            tuple.rest().ifPresent(uses::add);
        }
        return uses;
    }

    private static void collectNamed(TypeRef ref, Deque<SourceLocation> into) {
        TypeRef type = ref.nonNull();
        if (type instanceof TypeRef.Named named) {
            into.push(named.declaration());
        } else if (type instanceof TypeRef.ListOf list) {
            collectNamed(list.element(), into);
        } else if (type instanceof TypeRef.MapOf map) {
            collectNamed(map.value(), into);
        }
    }
}
