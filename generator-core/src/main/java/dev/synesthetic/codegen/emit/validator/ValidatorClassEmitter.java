package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.emit.Javadocs;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One validator class per schema file: the public entry points for the file's root schema, then
 * one package-private static method per unit in the file (other files' validators call them for
 * cross-file {@code $ref}s), then the constants.
 */
final class ValidatorClassEmitter {
    private final ValidatorNames names;
    private final RuntimeTypes runtime;
    private final boolean dynamicScope;

    ValidatorClassEmitter(ValidatorNames names, RuntimeTypes runtime, boolean dynamicScope) {
        this.names = names;
        this.runtime = runtime;
        this.dynamicScope = dynamicScope;
    }

    TypeSpec emit(String file, List<SchemaUnit> units) {
        ClassName self = names.className(file);
        ClassScope scope = new ClassScope(names, runtime, dynamicScope);
        UnitEmitter unitEmitter = new UnitEmitter(scope);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", "dev.synesthetic.codegen")
                        .build())
                .addJavadoc(
                        "Validates parsed JSON values (maps, lists, strings, numbers, booleans, null) against\n"
                                + "$L.\n",
                        Javadocs.escape(file))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        String root = names.method(units.get(0).location());
        entryPoints(self, root).forEach(type::addMethod);
        for (SchemaUnit unit : units) {
            unitEmitter.emit(unit, names.method(unit.location())).forEach(type::addMethod);
        }
        type.addMethods(scope.helpers());
        type.addFields(scope.pool().fields());
        return type.build();
    }

    private List<MethodSpec> entryPoints(ClassName self, String root) {
        MethodSpec validate = MethodSpec.methodBuilder("validate")
                .addJavadoc(
                        "Every violation, in a stable order (schema order, then document order); empty when valid.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(runtime.violations())
                .addParameter(Object.class, "json")
                .addStatement(
                        "return $L", ValidationContext.RUN.call(runtime.context(), "json, $T::$N, false", self, root))
                .build();
        MethodSpec failFast = MethodSpec.methodBuilder("validateFailFast")
                .addJavadoc(
                        "The first violation only (an empty list when valid): for hot paths that need one reason.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(runtime.violations())
                .addParameter(Object.class, "json")
                .addStatement(
                        "return $L", ValidationContext.RUN.call(runtime.context(), "json, $T::$N, true", self, root))
                .build();
        MethodSpec isValid = MethodSpec.methodBuilder("isValid")
                .addJavadoc("Only the verdict; the fastest check.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "json")
                .addStatement("return $L", ValidationContext.VALID.call(runtime.context(), "json, $T::$N", self, root))
                .build();
        return List.of(validate, failFast, isValid);
    }
}
