package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.model.TypeDecl.EnumDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import java.math.BigDecimal;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits a Java enum per scalar enum; each constant keeps its exact wire value. */
final class EnumEmitter {
    private final JavaTypes types;
    private final JavaNames names;
    private final DocWriter docs;

    EnumEmitter(JavaTypes types, JavaNames names, DocWriter docs) {
        this.types = types;
        this.names = names;
        this.docs = docs;
    }

    TypeSpec emit(EnumDecl enumeration) {
        ClassName self = types.declared(enumeration);
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.generated())
                .addJavadoc("$L", docs.typeDoc(enumeration.doc(), enumeration.location()));
        List<String> constants = names.constants(enumeration.location());
        for (int i = 0; i < constants.size(); i++) {
            Literal wire = enumeration.values().get(i);
            type.addEnumConstant(
                    constants.get(i),
                    TypeSpec.anonymousClassBuilder(javaValue(wire))
                            .addJavadoc("JSON value: $L\n", Javadocs.escape(jsonText(wire)))
                            .build());
        }
        // A string enum's value is a String; any other scalar enum's an Object (String, Boolean or BigDecimal).
        Class<?> valueType = enumeration.textOnly() ? String.class : Object.class;
        type.addField(FieldSpec.builder(valueType, "value", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(valueType, "value")
                        .addStatement("this.value = value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addJavadoc("The value exactly as it appears in JSON.\n")
                        .addAnnotation(Jackson.plain(Jackson.VALUE))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(valueType)
                        .addStatement("return value")
                        .build())
                .addMethod(MethodSpec.methodBuilder(WriteConversions.METHOD)
                        .addJavadoc("The JSON value, as every generated type's {@code toJsonValue()} gives it.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(valueType)
                        .addStatement("return value")
                        .build())
                .addMethod(new JsonStreaming(self.packageName()).fromTree())
                .addMethod(MethodSpec.methodBuilder("fromValue")
                        .addJavadoc("The constant whose JSON value is {@code value}; unknown values are rejected.\n")
                        .addAnnotation(Jackson.plain(Jackson.CREATOR))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(valueType, "value")
                        .beginControlFlow("for ($T constant : values())", self)
                        .beginControlFlow(
                                enumeration.textOnly()
                                        ? "if (constant.value.equals(value))"
                                        : "if (same(constant.value, value))")
                        .addStatement("return constant")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement(FlatCode.of(
                                "throw new $T($S + value + $S)",
                                IllegalArgumentException.class,
                                "'",
                                "' is not a " + self.simpleName() + " value"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement(enumeration.textOnly() ? "return value" : "return String.valueOf(value)")
                        .build());
        if (!enumeration.textOnly()) {
            type.addMethod(same());
        }
        return type.build();
    }

    /** Numbers are equal by value whatever class Jackson bound them to (1 = 1.0); anything else by equals. */
    private static MethodSpec same() {
        return MethodSpec.methodBuilder("same")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(Object.class, "constant")
                .addParameter(Object.class, "value")
                .beginControlFlow(
                        "if (constant instanceof $T number && value instanceof $T other)",
                        BigDecimal.class,
                        Number.class)
                .beginControlFlow("try")
                .addStatement(FlatCode.of("return number.compareTo(new $T(other.toString())) == 0", BigDecimal.class))
                .nextControlFlow("catch ($T e)", NumberFormatException.class)
                .addComment("NaN or an infinity: no JSON number")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return constant.equals(value)")
                .build();
    }

    private static CodeBlock javaValue(Literal value) {
        if (value instanceof Literal.Number number) {
            return FlatCode.of("new $T($S)", BigDecimal.class, number.value().toString());
        }
        if (value instanceof Literal.Bool bool) {
            return FlatCode.of("$T.$L", Boolean.class, bool.value() ? "TRUE" : "FALSE");
        }
        return JavaLiterals.string(((Literal.Text) value).value());
    }

    private static String jsonText(Literal value) {
        if (value instanceof Literal.Number number) {
            return number.value().toString();
        }
        if (value instanceof Literal.Bool bool) {
            return String.valueOf(bool.value());
        }
        return "\"" + ((Literal.Text) value).value() + "\"";
    }
}
