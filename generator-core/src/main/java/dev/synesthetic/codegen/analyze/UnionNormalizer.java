package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Simplifies the variants of an {@code anyOf} (or a type list) without changing which values it
 * accepts: {@code null} becomes nullability, a free-form variant absorbs everything, integer joins
 * number, a string enum joins a plain string, repeated kinds collapse. Object variants are ordered
 * most specific first (records, then maps, then free-form objects) because binding tries them in
 * order.
 */
final class UnionNormalizer {
    record Result(List<TypeRef> variants, boolean nullable) {}

    Result normalize(List<TypeRef> input, Map<SourceLocation, TypeDecl> declared, boolean sawNull) {
        boolean nullable = sawNull;
        List<TypeRef> variants = new ArrayList<>();
        for (TypeRef variant : input) {
            nullable |= variant.isNullable();
            TypeRef inner = variant.nonNull();
            // A lone union (anyOf [{$ref: U}, null]) stays that union; only several are flattened.
            if (input.size() > 1
                    && inner instanceof TypeRef.Named named
                    && declared.get(named.declaration()) instanceof TypeDecl.UnionDecl nested) {
                variants.addAll(nested.variants()); // a union of unions is one union
            } else {
                variants.add(inner);
            }
        }
        if (variants.stream().anyMatch(v -> v instanceof TypeRef.Any any && !any.objectOnly())) {
            return new Result(
                    List.of(
                            variants.get(0) instanceof TypeRef.Any a
                                    ? a
                                    : new TypeRef.Any(false, input.get(0).location())),
                    true);
        }
        boolean hasNumber = variants.stream().anyMatch(v -> isScalar(v, ScalarKind.NUMBER));
        boolean hasString = variants.stream().anyMatch(v -> isScalar(v, ScalarKind.STRING));
        boolean hasAnyObject = variants.stream().anyMatch(v -> v instanceof TypeRef.Any);
        List<TypeRef> kept = new ArrayList<>();
        List<String> seenScalars = new ArrayList<>();
        for (TypeRef variant : variants) {
            if (hasNumber && isScalar(variant, ScalarKind.INTEGER)) {
                continue; // every integer is a number
            }
            if (hasString && (isScalar(variant, ScalarKind.DATE_TIME) || isEnum(variant, declared, true))) {
                continue; // every date-time and string enum value is a string
            }
            if (hasNumber && isEnum(variant, declared, false)) {
                continue; // every value of a number enum is a number
            }
            if (hasAnyObject && variant instanceof TypeRef.MapOf) {
                continue; // a free-form object accepts every map
            }
            if (variant instanceof TypeRef.Scalar scalar) {
                if (seenScalars.contains(scalar.kind().name())) {
                    continue;
                }
                seenScalars.add(scalar.kind().name());
            }
            if (variant instanceof TypeRef.Any && kept.stream().anyMatch(k -> k instanceof TypeRef.Any)) {
                continue;
            }
            if (variant instanceof TypeRef.Named named
                    && kept.stream()
                            .anyMatch(k -> k instanceof TypeRef.Named n
                                    && n.declaration().equals(named.declaration()))) {
                continue;
            }
            kept.add(variant);
        }
        kept.sort(Comparator.comparingInt(UnionNormalizer::objectRank));
        return new Result(List.copyOf(strictRecordsFirst(kept, declared)), nullable);
    }

    private static boolean isScalar(TypeRef ref, ScalarKind kind) {
        return ref instanceof TypeRef.Scalar s && s.kind() == kind;
    }

    private static boolean isEnum(TypeRef ref, Map<SourceLocation, TypeDecl> declared, boolean ofText) {
        return ref instanceof TypeRef.Named n
                && declared.get(n.declaration()) instanceof TypeDecl.EnumDecl e
                && (ofText ? e.textOnly() : e.numbersOnly());
    }

    /** Reorders only the record variants among themselves; every other variant keeps its slot. */
    private static List<TypeRef> strictRecordsFirst(List<TypeRef> variants, Map<SourceLocation, TypeDecl> declared) {
        List<Integer> slots = new ArrayList<>();
        List<TypeRef> records = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (strictness(variants.get(i), declared) >= 0) {
                slots.add(i);
                records.add(variants.get(i));
            }
        }
        records.sort(
                Comparator.comparingInt((TypeRef v) -> strictness(v, declared)).reversed());
        List<TypeRef> result = new ArrayList<>(variants);
        for (int i = 0; i < slots.size(); i++) {
            result.set(slots.get(i), records.get(i));
        }
        return result;
    }

    /**
     * Among records, the stricter binds first: one that rejects unknown keys, then one with more
     * required properties, so a lenient record does not swallow values a stricter one fits exactly.
     */
    private static int strictness(TypeRef ref, Map<SourceLocation, TypeDecl> declared) {
        if (ref instanceof TypeRef.Named named
                && declared.get(named.declaration()) instanceof TypeDecl.ObjectDecl object) {
            int required = (int) object.properties().stream()
                    .filter(TypeDecl.Property::required)
                    .count();
            boolean closed =
                    object.additional() instanceof dev.synesthetic.codegen.model.AdditionalProperties.Forbidden;
            return (closed ? 10_000 : 0) + required;
        }
        return -1; // not a record
    }

    /** Stable sort key: only object-shaped variants move, most specific first. */
    private static int objectRank(TypeRef ref) {
        if (ref instanceof TypeRef.MapOf) {
            return 1;
        }
        if (ref instanceof TypeRef.Any) {
            return 2;
        }
        return 0;
    }
}
