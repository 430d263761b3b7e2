package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.TypeDecl.EnumDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits a Java enum per string enum; each constant keeps its exact wire value. */
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
            String wire = enumeration.values().get(i);
            type.addEnumConstant(
                    constants.get(i),
                    TypeSpec.anonymousClassBuilder(JavaLiterals.string(wire))
                            .addJavadoc("JSON value: $L\n", Javadocs.escape("\"" + wire + "\""))
                            .build());
        }
        return type.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "value")
                        .addStatement("this.value = value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addJavadoc("The value exactly as it appears in JSON.\n")
                        .addAnnotation(Jackson.plain(Jackson.VALUE))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromValue")
                        .addJavadoc("The constant whose JSON value is {@code value}; unknown values are rejected.\n")
                        .addAnnotation(Jackson.plain(Jackson.CREATOR))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(String.class, "value")
                        .beginControlFlow("for ($T constant : values())", self)
                        .beginControlFlow("if (constant.value.equals(value))")
                        .addStatement("return constant")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement(
                                "throw new $T($S + value + $S)",
                                IllegalArgumentException.class,
                                "'",
                                "' is not a " + self.simpleName() + " value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return value")
                        .build())
                .build();
    }
}
