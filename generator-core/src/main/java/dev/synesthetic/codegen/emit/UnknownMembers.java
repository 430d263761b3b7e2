package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl.ObjectDecl;
import java.util.Collections;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The members a record's schema does not list: whether the record keeps them, the map it keeps
 * them in, and the code refusing them (closed records) or refusing declared names among them.
 */
final class UnknownMembers {
    private final JavaTypes types;

    UnknownMembers(JavaTypes types) {
        this.types = types;
    }

    /** Not {@code additionalProperties: false}: the record keeps the members its schema does not list. */
    static boolean keeps(ObjectDecl object) {
        return !(object.additional() instanceof AdditionalProperties.Forbidden);
    }

    /** The map type the record keeps them in: {@code Map<String, T>} for a typed {@code additionalProperties}. */
    TypeName type(ObjectDecl object) {
        TypeName value = object.additional() instanceof AdditionalProperties.Typed typed
                ? types.of(typed.valueType())
                : JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC);
        return ParameterizedTypeName.get(ClassName.get(Map.class), JavaTypes.STRING, value);
    }

    /**
     * Unknown members named like a declared one would be written twice: refused, naming them (a
     * builder's {@code build()} and {@code withX} go through here too).
     */
    static CodeBlock rejectDeclared(ClassName self, String name) {
        return CodeBlock.builder()
                .beginControlFlow(
                        "if (!$N.isEmpty() && !$T.disjoint($N.keySet(), $N))",
                        name,
                        Collections.class,
                        name,
                        RecordBinding.KNOWN_NAMES)
                .addStatement(FlatCode.of(
                        "throw new $T($S + $N.keySet().stream().filter($N::contains).toList())",
                        IllegalArgumentException.class,
                        String.join(".", self.simpleNames()) + ": " + name + " holds declared member(s): ",
                        name,
                        RecordBinding.KNOWN_NAMES))
                .endControlFlow()
                .build();
    }

    /** With additionalProperties false, binding fails on an unknown key whatever the mapper's settings. */
    static MethodSpec rejectUnknown(ClassName self) {
        return MethodSpec.methodBuilder("rejectUnknownProperty")
                .addAnnotation(Jackson.plain(Jackson.ANY_SETTER))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "name")
                .addParameter(ParameterSpec.builder(JavaTypes.OBJECT.annotated(JavaTypes.NULLABLE_SPEC), "value")
                        .build())
                .addStatement(FlatCode.of(
                        "throw new $T($S + name + $S)",
                        IllegalArgumentException.class,
                        "unknown property '",
                        "': " + self.simpleName() + " allows no additional properties"))
                .build();
    }
}
