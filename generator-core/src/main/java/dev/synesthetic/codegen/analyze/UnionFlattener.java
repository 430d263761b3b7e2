package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * After every schema is analysed, a union may still name another union (or itself) as a variant:
 * recursion meant it was referenced before it was known to be a union. Such variants are replaced
 * by their own variants. A union that reaches itself this way ({@code V: anyOf [string, {$ref:
 * V}]}) has no object in between and no Java type: a {@code REF_CYCLE} error.
 */
final class UnionFlattener {
    private final Map<SourceLocation, TypeDecl> declared;
    private final UnionNormalizer normalizer;
    private final Diagnostics diagnostics;

    UnionFlattener(Map<SourceLocation, TypeDecl> declared, UnionNormalizer normalizer, Diagnostics diagnostics) {
        this.declared = declared;
        this.normalizer = normalizer;
        this.diagnostics = diagnostics;
    }

    void flattenAll() {
        for (SourceLocation loc : new TreeSet<>(declared.keySet())) {
            if (declared.get(loc) instanceof TypeDecl.UnionDecl union
                    && union.variants().stream().anyMatch(this::isUnion)) {
                Set<SourceLocation> path = new LinkedHashSet<>(List.of(loc));
                List<TypeRef> flat = new ArrayList<>();
                if (expand(union, path, flat)) {
                    UnionNormalizer.Result result = normalizer.normalize(flat, declared, false);
                    declared.put(loc, new TypeDecl.UnionDecl(loc, union.nameHint(), union.doc(), result.variants()));
                }
            }
        }
    }

    private boolean expand(TypeDecl.UnionDecl union, Set<SourceLocation> path, List<TypeRef> into) {
        for (TypeRef variant : union.variants()) {
            if (!isUnion(variant)) {
                into.add(variant);
                continue;
            }
            SourceLocation inner = ((TypeRef.Named) variant).declaration();
            if (!path.add(inner)) {
                diagnostics.error(
                        DiagnosticCode.REF_CYCLE,
                        path.iterator().next(),
                        "anyOf refers back to itself with no object in between: "
                                + String.join(
                                        " -> ",
                                        path.stream().map(Object::toString).toList()) + " -> " + inner,
                        "Remove the self-reference: a union can only contain itself inside an object property or array items.");
                return false;
            }
            if (!expand((TypeDecl.UnionDecl) declared.get(inner), path, into)) {
                return false;
            }
            path.remove(inner);
        }
        return true;
    }

    private boolean isUnion(TypeRef variant) {
        return variant instanceof TypeRef.Named named
                && declared.get(named.declaration()) instanceof TypeDecl.UnionDecl;
    }
}
