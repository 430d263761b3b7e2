package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.GeneratedImports;
import dev.synesthetic.codegen.naming.JavaNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps model types to Java types. Integers are {@link BigInteger} and numbers {@link BigDecimal}:
 * JSON Schema puts no bound on either, and a 19-digit value must survive a round trip unrounded.
 */
final class JavaTypes {
    static final ClassName NULLABLE = ClassName.bestGuess(GeneratedImports.NULLABLE);
    static final AnnotationSpec NULLABLE_SPEC = AnnotationSpec.builder(NULLABLE).build();
    static final ClassName OBJECT = ClassName.get(Object.class);
    static final ClassName STRING = ClassName.get(String.class);

    private final SchemaModel model;
    private final JavaNames names;
    private final String packageName;

    JavaTypes(SchemaModel model, JavaNames names, String packageName) {
        this.model = model;
        this.names = names;
        this.packageName = packageName;
    }

    ClassName declared(TypeDecl decl) {
        return ClassName.get(packageName, names.type(decl.location()));
    }

    /** The Java type of a non-null use; {@link TypeRef.Nullable} gets {@code @Nullable}. */
    TypeName of(TypeRef ref) {
        if (ref instanceof TypeRef.Nullable nullable) {
            return of(nullable.inner()).annotated(NULLABLE_SPEC);
        }
        if (ref instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> STRING;
                case DATE_TIME -> ClassName.get(OffsetDateTime.class);
                case INTEGER -> ClassName.get(BigInteger.class);
                case NUMBER -> ClassName.get(BigDecimal.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
            };
        }
        if (ref instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.element()));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), STRING, of(map.value()));
        }
        if (ref instanceof TypeRef.Named named) {
            return declared(model.type(named.declaration()));
        }
        TypeRef.Any any = (TypeRef.Any) ref;
        return any.objectOnly() ? freeObject() : OBJECT;
    }

    /**
     * Whether a use holds date-times Jackson binds itself: a date-time, or a list or map of them
     * (a declared type carries its own annotations).
     */
    static boolean holdsDateTime(TypeRef ref) {
        TypeRef type = ref.nonNull();
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.DATE_TIME;
        }
        if (type instanceof TypeRef.ListOf list) {
            return holdsDateTime(list.element());
        }
        return type instanceof TypeRef.MapOf map && holdsDateTime(map.value());
    }

    /** {@code Map<String, @Nullable Object>}: a JSON object with any members. */
    static TypeName freeObject() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), STRING, OBJECT.annotated(NULLABLE_SPEC));
    }

    /**
     * The record component type for a property. Required/optional and nullable are independent:
     * an optional nullable property is {@code @Nullable Optional<T>} (null = absent, empty = JSON
     * null); every other non-required or nullable property is {@code @Nullable T}.
     */
    TypeName component(TypeDecl.Property property) {
        TypeName value = of(property.type().nonNull());
        if (Presence.of(property) == Presence.OPTIONAL_NULLABLE) {
            return ParameterizedTypeName.get(ClassName.get(Optional.class), value)
                    .annotated(NULLABLE_SPEC);
        }
        return Presence.of(property) == Presence.REQUIRED ? value : value.annotated(NULLABLE_SPEC);
    }
}
