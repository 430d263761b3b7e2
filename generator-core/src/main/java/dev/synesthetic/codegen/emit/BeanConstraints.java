package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.GeneratedImports;
import dev.synesthetic.codegen.runtime.JsonRegex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code jakarta.validation} annotations of a record component ({@code beanValidation} on): the
 * schema's constraints Bean Validation expresses, as type-use annotations on the component's type
 * and its type arguments ({@code List<@Valid Stage>}, {@code Optional<@Size(max = 3) String>}), so
 * a record component carries them to its field, where Hibernate Validator reads them.
 *
 * <p>Exact: {@code required} (non-nullable) → {@code @NotNull}; {@code minItems}/{@code maxItems}
 * and {@code minProperties}/{@code maxProperties} of a map → {@code @Size}; {@code minimum},
 * {@code maximum} and the exclusive bounds → {@code @DecimalMin}/{@code @DecimalMax}; a declared
 * type → {@code @Valid}. {@code pattern} → {@code @Pattern} when {@link JsonRegex} translates it,
 * wrapped in {@code [\s\S]*(?:…)[\s\S]*}: {@code @Pattern} matches the whole string where JSON
 * Schema searches it. Nearly exact: {@code minLength}/{@code maxLength} → {@code @Size}, which counts
 * UTF-16 chars where JSON Schema counts code points (they differ for characters outside the BMP).
 * Not expressed: {@code multipleOf}, {@code format}, {@code uniqueItems}, {@code enum}/{@code const}.
 */
final class BeanConstraints {
    private static final ClassName VALID = ClassName.bestGuess(GeneratedImports.VALID);
    private static final ClassName NOT_NULL = ClassName.bestGuess(GeneratedImports.NOT_NULL);
    private static final ClassName SIZE = ClassName.bestGuess(GeneratedImports.SIZE);
    private static final ClassName PATTERN = ClassName.bestGuess(GeneratedImports.PATTERN);
    private static final ClassName DECIMAL_MIN = ClassName.bestGuess(GeneratedImports.DECIMAL_MIN);
    private static final ClassName DECIMAL_MAX = ClassName.bestGuess(GeneratedImports.DECIMAL_MAX);

    private final SchemaModel model;

    BeanConstraints(SchemaModel model) {
        this.model = model;
    }

    /** {@code type}, the component's Java type for {@code property}, with its constraint annotations. */
    TypeName component(TypeDecl.Property property, TypeName type) {
        if (Presence.of(property) == Presence.OPTIONAL_NULLABLE) {
            // @Nullable Optional<V>: the value's constraints go on V
            ParameterizedTypeName optional = (ParameterizedTypeName) type;
            TypeName value = constrained(
                    property.type().nonNull(), optional.typeArguments().get(0));
            return ParameterizedTypeName.get(optional.rawType().withoutAnnotations(), value)
                    .annotated(type.annotations());
        }
        boolean notNull = Presence.of(property) == Presence.REQUIRED;
        return constrained(
                property.type().nonNull(),
                notNull ? type.annotated(AnnotationSpec.builder(NOT_NULL).build()) : type);
    }

    /** {@code java} (the Java type of {@code ref}) with {@code ref}'s annotations, type arguments included. */
    private TypeName constrained(TypeRef ref, TypeName java) {
        TypeRef type = ref.nonNull();
        TypeName inner = java;
        if (type instanceof TypeRef.ListOf list && java instanceof ParameterizedTypeName generic) {
            inner = ParameterizedTypeName.get(
                            generic.rawType().withoutAnnotations(),
                            constrained(list.element(), generic.typeArguments().get(0)))
                    .annotated(java.annotations());
        } else if (type instanceof TypeRef.MapOf map && java instanceof ParameterizedTypeName generic) {
            inner = ParameterizedTypeName.get(
                            generic.rawType().withoutAnnotations(),
                            generic.typeArguments().get(0),
                            constrained(map.value(), generic.typeArguments().get(1)))
                    .annotated(java.annotations());
        }
        List<AnnotationSpec> annotations = annotations(type);
        return annotations.isEmpty() ? inner : inner.annotated(annotations);
    }

    private List<AnnotationSpec> annotations(TypeRef type) {
        List<AnnotationSpec> out = new ArrayList<>();
        if (type instanceof TypeRef.Scalar scalar) {
            Constraints c = scalar.constraints();
            if (scalar.kind() == ScalarKind.STRING) {
                size(c.minLength(), c.maxLength()).ifPresent(out::add);
                c.pattern().filter(JsonRegex::isEcmaRegex).ifPresent(ecma -> out.add(pattern(ecma)));
            } else if (scalar.kind() == ScalarKind.INTEGER || scalar.kind() == ScalarKind.NUMBER) {
                bound(DECIMAL_MIN, c.minimum(), c.exclusiveMinimum(), 1).ifPresent(out::add);
                bound(DECIMAL_MAX, c.maximum(), c.exclusiveMaximum(), -1).ifPresent(out::add);
            }
        } else if (type instanceof TypeRef.ListOf list) {
            size(list.constraints().minItems(), list.constraints().maxItems()).ifPresent(out::add);
        } else if (type instanceof TypeRef.MapOf map) {
            size(map.constraints().minProperties(), map.constraints().maxProperties())
                    .ifPresent(out::add);
        } else if (type instanceof TypeRef.Named named
                && !(model.type(named.declaration()) instanceof TypeDecl.EnumDecl)) {
            out.add(AnnotationSpec.builder(VALID).build());
        }
        return out;
    }

    private static Optional<AnnotationSpec> size(Optional<Long> min, Optional<Long> max) {
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        AnnotationSpec.Builder size = AnnotationSpec.builder(SIZE);
        // @Size's bounds are ints: a larger bound is as good as none for a Java String or collection
        min.filter(v -> v > 0).ifPresent(v -> size.addMember("min", "$L", (int) Math.min(v, Integer.MAX_VALUE)));
        max.filter(v -> v < Integer.MAX_VALUE).ifPresent(v -> size.addMember("max", "$L", v));
        AnnotationSpec built = size.build();
        return built.members().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    /**
     * The wrapper makes the whole-string match a search, as JSON Schema's {@code pattern} is; it adds
     * no capturing group and no flag, so the translated pattern means what it means in the validator.
     */
    private static AnnotationSpec pattern(String ecma) {
        return AnnotationSpec.builder(PATTERN)
                .addMember("regexp", "$L", JavaLiterals.string("[\\s\\S]*(?:" + JsonRegex.toJava(ecma) + ")[\\s\\S]*"))
                .build();
    }

    /**
     * The tighter of an inclusive and an exclusive bound; {@code sign} 1 for a lower bound (the larger
     * wins), -1 for an upper one.
     */
    private static Optional<AnnotationSpec> bound(
            ClassName annotation, Optional<BigDecimal> inclusive, Optional<BigDecimal> exclusive, int sign) {
        boolean useExclusive = exclusive.isPresent()
                && (inclusive.isEmpty() || exclusive.get().compareTo(inclusive.get()) * sign >= 0);
        Optional<BigDecimal> value = useExclusive ? exclusive : inclusive;
        return value.map(v -> {
            AnnotationSpec.Builder spec =
                    AnnotationSpec.builder(annotation).addMember("value", "$S", v.toPlainString());
            if (useExclusive) {
                spec.addMember("inclusive", "false");
            }
            return spec.build();
        });
    }
}
