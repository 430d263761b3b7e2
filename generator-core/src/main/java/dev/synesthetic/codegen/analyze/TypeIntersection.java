package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * What one Java type a property may have when merged object schemas both name it: the same type is
 * one component, a side that allows any value yields the other, an integer beside a number is the
 * integer, a string beside an enum of strings is the enum (a base's {@code kind: string} refined to
 * {@code const: "cat"}); anything else has no one type. Constraints are not compared: the validator asserts both.
 */
final class TypeIntersection {
    private TypeIntersection() {}

    /**
     * The type both {@code a} and {@code b} allow, or empty when they conflict; {@code declared}
     * tells an enum from a record behind a named type.
     */
    static Optional<TypeRef> of(TypeRef a, TypeRef b, Map<SourceLocation, TypeDecl> declared) {
        if (allowsAnything(a)) {
            return Optional.of(b);
        }
        if (allowsAnything(b)) {
            return Optional.of(a);
        }
        Optional<TypeRef> inner = nonNull(a.nonNull(), b.nonNull(), declared);
        // Null is allowed only where both sides allow it.
        return a.isNullable() && b.isNullable() ? inner.map(t -> new TypeRef.Nullable(t, t.location())) : inner;
    }

    /** Whether {@code a} and {@code b} are one Java type (locations and constraints aside). */
    static boolean same(TypeRef a, TypeRef b) {
        if (a.isNullable() != b.isNullable()) {
            return false;
        }
        TypeRef x = a.nonNull();
        TypeRef y = b.nonNull();
        if (x instanceof TypeRef.Scalar s && y instanceof TypeRef.Scalar t) {
            return s.kind() == t.kind();
        }
        if (x instanceof TypeRef.ListOf s && y instanceof TypeRef.ListOf t) {
            return same(s.element(), t.element());
        }
        if (x instanceof TypeRef.MapOf s && y instanceof TypeRef.MapOf t) {
            return same(s.value(), t.value());
        }
        if (x instanceof TypeRef.Named s && y instanceof TypeRef.Named t) {
            return s.declaration().equals(t.declaration());
        }
        return x instanceof TypeRef.Any s && y instanceof TypeRef.Any t && s.objectOnly() == t.objectOnly();
    }

    private static boolean allowsAnything(TypeRef type) {
        return type.nonNull() instanceof TypeRef.Any any && !any.objectOnly();
    }

    private static Optional<TypeRef> nonNull(TypeRef a, TypeRef b, Map<SourceLocation, TypeDecl> declared) {
        if (isString(a) && isTextEnum(b, declared)) {
            return Optional.of(b);
        }
        if (isString(b) && isTextEnum(a, declared)) {
            return Optional.of(a);
        }
        if (a instanceof TypeRef.Any && isObject(b)) {
            return Optional.of(b);
        }
        if (b instanceof TypeRef.Any && isObject(a)) {
            return Optional.of(a);
        }
        if (a instanceof TypeRef.Scalar s && b instanceof TypeRef.Scalar t) {
            if (s.kind() == t.kind()) {
                return Optional.of(a);
            }
            if (s.kind() == ScalarKind.NUMBER && t.kind() == ScalarKind.INTEGER) {
                return Optional.of(b);
            }
            return s.kind() == ScalarKind.INTEGER && t.kind() == ScalarKind.NUMBER ? Optional.of(a) : Optional.empty();
        }
        if (a instanceof TypeRef.ListOf s && b instanceof TypeRef.ListOf t) {
            return of(s.element(), t.element(), declared)
                    .map(e -> new TypeRef.ListOf(e, s.constraints(), s.location()));
        }
        if (a instanceof TypeRef.MapOf s && b instanceof TypeRef.MapOf t) {
            return of(s.value(), t.value(), declared).map(v -> new TypeRef.MapOf(v, s.constraints(), s.location()));
        }
        return same(a, b) ? Optional.of(a) : Optional.empty();
    }

    private static boolean isString(TypeRef type) {
        return type instanceof TypeRef.Scalar s && s.kind() == ScalarKind.STRING;
    }

    private static boolean isTextEnum(TypeRef type, Map<SourceLocation, TypeDecl> declared) {
        return type instanceof TypeRef.Named named
                && declared.get(named.declaration()) instanceof TypeDecl.EnumDecl enumeration
                && enumeration.textOnly();
    }

    /** Any JSON object: a record, a map or a free-form object. */
    private static boolean isObject(TypeRef type) {
        return type instanceof TypeRef.Named
                || type instanceof TypeRef.MapOf
                || (type instanceof TypeRef.Any any && any.objectOnly());
    }
}
