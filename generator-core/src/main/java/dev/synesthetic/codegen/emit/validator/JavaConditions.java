package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonData;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A {@link Condition} as Java source: the boolean expression a unit's method tests. Constants go
 * into the class's {@link ConstantPool} in argument order, so the fields keep their numbering.
 */
final class JavaConditions {
    private JavaConditions() {}

    static CodeBlock render(Condition condition, ClassScope scope) {
        if (condition instanceof Condition.Call call) {
            return call(call, scope);
        }
        if (condition instanceof Condition.TypeOnlyOr anyOf) {
            CodeBlock general = call(anyOf.general(), scope);
            CodeBlock typeOnly = scope.runtime().call(JsonData.HAS_TYPE, "v, $L", anyOf.mask());
            return FlatCode.of("(e == null && $L || $L)", typeOnly, general);
        }
        return FlatCode.of("$N(v, c, e)", dispatcher((Condition.Dispatch) condition, scope));
    }

    /** {@code Owner.method(arguments)}, the owner emitted into the scope's package. */
    private static CodeBlock call(Condition.Call call, ClassScope scope) {
        List<String> format = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Arg arg : call.args()) {
            if (arg instanceof Arg.Param param) {
                format.add(param.javaName());
            } else if (arg instanceof Arg.IntValue value) {
                add(format, values, "$L", value.value());
            } else if (arg instanceof Arg.LongValue value) {
                add(format, values, "$LL", value.value());
            } else if (arg instanceof Arg.Text value) {
                add(format, values, "$S", value.value());
            } else if (arg instanceof Arg.RuleRef rule) {
                add(format, values, "$L", scope.rule(rule.target()));
            } else if (arg instanceof Arg.Constant constant) {
                add(format, values, "$N", field(constant, scope));
            } else {
                format.add("null"); // Arg.Null
            }
        }
        return scope.runtime().call(call.method(), String.join(", ", format), values.toArray());
    }

    private static void add(List<String> format, List<Object> values, String piece, Object value) {
        format.add(piece);
        values.add(value);
    }

    private static String field(Arg.Constant constant, ClassScope scope) {
        return scope.pool().field(constant, scope::rule);
    }

    /**
     * A method that finds the outermost resource in the dynamic scope declaring the anchor and
     * applies its schema, else the statically resolved one.
     */
    private static String dispatcher(Condition.Dispatch dispatch, ClassScope scope) {
        RuntimeTypes runtime = scope.runtime();
        CodeBlock.Builder cases = CodeBlock.builder();
        for (Condition.Case candidate : dispatch.cases()) {
            cases.add("case $L:\n$>return $L;\n$<", candidate.resource(), call(candidate.call(), scope));
        }
        String name = "dynamicRef" + scope.helperCount();
        return scope.addHelper(MethodSpec.methodBuilder(name)
                .addJavadoc(
                        "{@code $L}: $L candidate resources.\n",
                        dispatch.at(),
                        dispatch.cases().size())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "v")
                .addParameter(runtime.context(), "c")
                .addParameter(runtime.evaluated(), "e")
                .beginControlFlow("for (int i = 0; i < $L; i++)", ValidationContext.SCOPE_SIZE.on("c", ""))
                .beginControlFlow("switch ($L)", ValidationContext.SCOPE_AT.on("c", "i"))
                .addCode(cases.build())
                .addCode("default:\n$>break;\n$<")
                .endControlFlow()
                .endControlFlow()
                .addStatement(FlatCode.of("return $L", call(dispatch.fallback(), scope)))
                .build());
    }
}
