package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonWriting;
import dev.synesthetic.codegen.model.ScalarKind;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The inverse of {@link Conversions}: code that turns a value of a model type back into plain JSON
 * values (maps, lists, strings, booleans, exact numbers, null) through the emitted
 * {@code JsonWriting}: every generated type's {@code toJsonValue()}.
 */
final class WriteConversions {
    static final String METHOD = "toJsonValue";

    private final ClassName helper;
    private int lambdaDepth;

    WriteConversions(String packageName) {
        this.helper = ClassName.get(packageName, RuntimeClasses.JSON_WRITING);
    }

    ClassName helper() {
        return helper;
    }

    /** An expression of type {@code @Nullable Object}: {@code value}, an expression of {@code ref}'s Java type, as JSON. */
    CodeBlock write(TypeRef ref, CodeBlock value) {
        if (ref instanceof TypeRef.Nullable nullable) {
            return JsonWriting.NULLABLE.call(helper, "$L, $L", value, lambda(nullable.inner()));
        }
        if (ref instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == ScalarKind.DATE_TIME ? JsonWriting.DATE_TIME.call(helper, "$L", value) : value;
        }
        if (ref instanceof TypeRef.ListOf list) {
            return JsonWriting.LIST.call(helper, "$L, $L", value, lambda(list.element()));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return JsonWriting.MAP.call(helper, "$L, $L", value, lambda(map.value()));
        }
        if (ref instanceof TypeRef.Named) {
            // records, tuples, root values, unions and enums all have one
            return FlatCode.of("$L.$N()", value, METHOD);
        }
        return JsonWriting.FREE.call(helper, "$L", value);
    }

    /** {@code v -> write(v)} with a name no enclosing lambda uses. */
    CodeBlock lambda(TypeRef element) {
        String v = "w" + lambdaDepth++;
        CodeBlock body = write(element, FlatCode.of("$L", v));
        lambdaDepth--;
        return FlatCode.of("$L -> $L", v, body);
    }

    /** {@code public @Nullable Object toJsonValue()} returning {@code body}'s expression. */
    static MethodSpec method(TypeName returns, String doc, CodeBlock value) {
        return MethodSpec.methodBuilder(METHOD)
                .addJavadoc("$L\n", doc)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addStatement(FlatCode.of("return $L", value))
                .build();
    }

    /** {@code Map<String, @Nullable Object>}, what a record writes. */
    static TypeName objectType() {
        return ParameterizedTypeName.get(
                ClassName.get(Map.class), JavaTypes.STRING, JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC));
    }

    static TypeName valueType() {
        return JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC);
    }
}
