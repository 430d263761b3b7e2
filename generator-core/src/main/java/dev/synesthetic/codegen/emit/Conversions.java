package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonValues;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.naming.RuntimeClasses;

/**
 * Code that converts a parsed JSON value (maps, lists, strings, numbers, booleans, null) to a model
 * type, through the emitted {@code JsonValues}: every record's {@code fromJsonValue}. Unions need it
 * to try a variant on a value Jackson has already parsed, and readers bind with it, while the
 * records depend on nothing but jackson-annotations.
 */
final class Conversions {
    static final String HELPER = RuntimeClasses.JSON_VALUES;

    private final SchemaModel model;
    private final JavaTypes types;
    private final ClassName helper;
    private int lambdaDepth;

    Conversions(SchemaModel model, JavaTypes types, String packageName) {
        this.model = model;
        this.types = types;
        this.helper = ClassName.get(packageName, HELPER);
    }

    ClassName helper() {
        return helper;
    }

    /** An expression converting {@code value} (an expression of type Object) to {@code ref}. */
    CodeBlock convert(TypeRef ref, CodeBlock value) {
        if (ref instanceof TypeRef.Nullable nullable) {
            String v = "v" + lambdaDepth++;
            CodeBlock inner = convert(nullable.inner(), FlatCode.of("$L", v));
            lambdaDepth--;
            return JsonValues.NULLABLE.call(helper, "$L, $L -> $L", value, v, inner);
        }
        if (ref instanceof TypeRef.Scalar scalar) {
            RuntimeMethod method = switch (scalar.kind()) {
                case STRING -> JsonValues.STRING;
                case DATE_TIME -> JsonValues.DATE_TIME;
                case INTEGER -> JsonValues.INTEGER;
                case NUMBER -> JsonValues.NUMBER;
                case BOOLEAN -> JsonValues.BOOL;
            };
            return method.call(helper, "$L", value);
        }
        if (ref instanceof TypeRef.ListOf list) {
            return JsonValues.LIST.call(helper, "$L, $L", value, lambda(list.element()));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return JsonValues.MAP.call(helper, "$L, $L", value, lambda(map.value()));
        }
        if (ref instanceof TypeRef.Named named) {
            TypeDecl decl = model.type(named.declaration());
            ClassName type = types.declared(decl);
            if (decl instanceof TypeDecl.EnumDecl enumeration) {
                return enumeration.textOnly()
                        ? FlatCode.of("$T.fromValue($L)", type, JsonValues.STRING.call(helper, "$L", value))
                        : FlatCode.of("$T.fromValue($L)", type, value);
            }
            if (decl instanceof TypeDecl.UnionDecl) {
                return FlatCode.of("$T.fromJson($L)", type, value);
            }
            return FlatCode.of("$T.fromJsonValue($L)", type, value);
        }
        TypeRef.Any any = (TypeRef.Any) ref;
        return any.objectOnly() ? JsonValues.OBJECT.call(helper, "$L", value) : value;
    }

    private CodeBlock lambda(TypeRef element) {
        String v = "v" + lambdaDepth++;
        CodeBlock body = convert(element, FlatCode.of("$L", v));
        lambdaDepth--;
        return FlatCode.of("$L -> $L", v, body);
    }
}
