package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.Javadocs;
import dev.synesthetic.codegen.emit.RuntimeApi.Evaluated;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One unit → one static method {@code boolean vN(Object v, ValidationContext c, Evaluated e)}: each
 * check in turn, stopping early only when the context says so (probing or fail-fast). A resource
 * root entered while the dynamic scope is tracked gets a wrapper that enters and leaves it, so
 * every early return leaves the scope balanced.
 */
final class UnitEmitter {
    /** {@code c.stop()}, the same text in every unit. */
    private static final String STOP = ValidationContext.STOP.on("c", "").toString();

    private final ClassScope scope;

    UnitEmitter(ClassScope scope) {
        this.scope = scope;
    }

    List<MethodSpec> emit(SchemaUnit unit, String name) {
        String where = Javadocs.escape(unit.location().toString());
        String evaluated = unit.collectsEvaluation() ? "parent" : "e";
        if (!(scope.dynamicScope() && unit.isResourceRoot())) {
            return List.of(addBody(signature(name, evaluated).addJavadoc("$L\n", where), unit));
        }
        MethodSpec wrapper = signature(name, "e")
                .addJavadoc("$L (enters its schema resource into the dynamic scope)\n", where)
                .addStatement(FlatCode.of("$L", ValidationContext.ENTER_RESOURCE.on("c", "$L", unit.resource())))
                .addStatement(FlatCode.of("boolean ok = $NBody(v, c, e)", name))
                .addStatement(FlatCode.of("$L", ValidationContext.EXIT_RESOURCE.on("c", "")))
                .addStatement("return ok")
                .build();
        return List.of(wrapper, addBody(signature(name + "Body", evaluated).addModifiers(Modifier.PRIVATE), unit));
    }

    private MethodSpec.Builder signature(String name, String evaluatedName) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "v")
                .addParameter(scope.runtime().context(), "c")
                .addParameter(scope.runtime().evaluated(), evaluatedName);
    }

    private MethodSpec addBody(MethodSpec.Builder method, SchemaUnit unit) {
        if (unit.checks().isEmpty()) {
            return method.addStatement("return true").build();
        }
        if (unit.collectsEvaluation()) {
            // unevaluated* needs what every in-place subschema evaluated, whether or not the caller asks.
            ClassName evaluated = scope.runtime().evaluated();
            method.addStatement(
                    FlatCode.of("$T e = $L", evaluated, Evaluated.NEW.create(CodeBlock.of("$T", evaluated), "")));
        }
        method.addStatement("boolean ok = true");
        for (Check check : unit.checks()) {
            method.addCode(
                    checkStatement(JavaConditions.render(CheckEmitters.condition(check, scope.context()), scope)));
        }
        if (unit.collectsEvaluation()) {
            method.beginControlFlow("if (ok && parent != null)")
                    .addStatement(FlatCode.of("$L", Evaluated.MERGE.on("parent", "e")))
                    .endControlFlow();
        }
        return method.addStatement("return ok").build();
    }

    /**
     * {@code if (!condition) { if (c.stop()) { return false; } ok = false; }}, written as one format:
     * the builder's control-flow and statement calls would make each brace and statement a piece of
     * its own, and this runs once per check ({@link FlatCode}).
     */
    private static CodeBlock checkStatement(CodeBlock condition) {
        return FlatCode.of("if (!$L) {\n$>if ($L) {\n$>return false;\n$<}\nok = false;\n$<}\n", condition, STOP);
    }
}
