package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;

/**
 * The one type that holds the values of several member schemas ({@code patternProperties} and an
 * {@code additionalProperties} schema): the type itself when they all agree, else the least precise
 * type that holds them all (integer and number → number, date-time and string → string, then any
 * object, then any value). Null widens to nullable, never to {@code Object}.
 */
final class MemberTypes {
    private MemberTypes() {}

    static TypeRef common(List<TypeRef> types, SourceLocation at) {
        boolean nullable = types.stream().anyMatch(TypeRef::isNullable);
        TypeRef result = types.get(0).nonNull();
        for (TypeRef type : types.subList(1, types.size())) {
            result = widen(result, type.nonNull(), at);
        }
        return nullable && !(result instanceof TypeRef.Any any && !any.objectOnly())
                ? new TypeRef.Nullable(result, at)
                : result;
    }

    private static TypeRef widen(TypeRef a, TypeRef b, SourceLocation at) {
        if (TypeIntersection.same(a, b)) {
            return a;
        }
        if (a instanceof TypeRef.Scalar x && b instanceof TypeRef.Scalar y) {
            ScalarKind kind = wider(x.kind(), y.kind());
            if (kind != null) {
                return new TypeRef.Scalar(kind, Constraints.NONE, at);
            }
        }
        return new TypeRef.Any(isObject(a) && isObject(b), at);
    }

    private static ScalarKind wider(ScalarKind a, ScalarKind b) {
        List<ScalarKind> numbers = List.of(ScalarKind.INTEGER, ScalarKind.NUMBER);
        List<ScalarKind> strings = List.of(ScalarKind.STRING, ScalarKind.DATE_TIME);
        if (numbers.contains(a) && numbers.contains(b)) {
            return ScalarKind.NUMBER;
        }
        return strings.contains(a) && strings.contains(b) ? ScalarKind.STRING : null;
    }

    private static boolean isObject(TypeRef type) {
        return type instanceof TypeRef.MapOf || (type instanceof TypeRef.Any any && any.objectOnly());
    }
}
