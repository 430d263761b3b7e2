package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.Javadocs;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One validator class per schema file: the public entry points for the file's root schema, then
 * one package-private static method per unit in the file (other files' validators call them for
 * cross-file {@code $ref}s), then the constants; past one class's budget the further units, each
 * with its own helpers and constants, in nested part classes.
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

    /** @param parts the file's units split by {@link ValidatorNames#parts}: the first here, the others nested */
    TypeSpec emit(String file, List<List<SchemaUnit>> parts) {
        ClassName self = names.className(file);
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
        SourceLocation rootLocation = parts.get(0).get(0).location();
        entryPoints(self, names.method(rootLocation), rootLocation.toString()).forEach(type::addMethod);
        addUnits(type, parts.get(0));
        for (int part = 1; part < parts.size(); part++) {
            TypeSpec.Builder nested = TypeSpec.classBuilder(ValidatorNames.partName(part))
                    .addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Part $L of this validator's schemas: one class cannot hold them all.\n", part)
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .build());
            addUnits(nested, parts.get(part));
            type.addType(nested.build());
        }
        return type.build();
    }

    /** The units' methods, then the helpers and constants they use: each class has its own. */
    private void addUnits(TypeSpec.Builder type, List<SchemaUnit> units) {
        ClassScope scope = new ClassScope(names, runtime, dynamicScope);
        UnitEmitter unitEmitter = new UnitEmitter(scope);
        for (SchemaUnit unit : units) {
            unitEmitter.emit(unit, names.method(unit.location())).forEach(type::addMethod);
        }
        type.addMethods(scope.helpers());
        type.addFields(scope.pool().fields());
    }

    /** @param at the root schema's location, where every violation's keyword location starts */
    private List<MethodSpec> entryPoints(ClassName self, String root, String at) {
        MethodSpec validate = MethodSpec.methodBuilder("validate")
                .addJavadoc(
                        "Every violation, in a stable order (schema order, then document order); empty when valid.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(runtime.violations())
                .addParameter(Object.class, "json")
                .addStatement(FlatCode.of(
                        "return $L",
                        ValidationContext.RUN.call(runtime.context(), "json, $T::$N, $S, false", self, root, at)))
                .build();
        MethodSpec failFast = MethodSpec.methodBuilder("validateFailFast")
                .addJavadoc(
                        "The first violation only (an empty list when valid): for hot paths that need one reason.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(runtime.violations())
                .addParameter(Object.class, "json")
                .addStatement(FlatCode.of(
                        "return $L",
                        ValidationContext.RUN.call(runtime.context(), "json, $T::$N, $S, true", self, root, at)))
                .build();
        MethodSpec isValid = MethodSpec.methodBuilder("isValid")
                .addJavadoc("Only the verdict; the fastest check.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "json")
                .addStatement(FlatCode.of(
                        "return $L", ValidationContext.VALID.call(runtime.context(), "json, $T::$N", self, root)))
                .build();
        return List.of(validate, failFast, isValid);
    }
}
