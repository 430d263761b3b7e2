package dev.synesthetic.codegen.emit.validator;

import static dev.synesthetic.codegen.emit.validator.CheckEmitters.call;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.checks.Applicators;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonApplicators;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonData;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emitters for {@code $ref}, {@code $dynamicRef} and the in-place applicators. */
final class ApplicatorEmitters {
    private ApplicatorEmitters() {}

    static void register(CheckEmitters.Registrar table) {
        table.on(
                Applicators.AllOfEntry.class,
                (k, s) -> call(s, JsonApplicators.IN_PLACE, "v, c, e, $L", s.rule(k.target())));
        table.on(Applicators.AnyOf.class, ApplicatorEmitters::anyOf);
        table.on(
                Applicators.OneOf.class,
                (k, s) -> call(
                        s,
                        JsonApplicators.ONE_OF,
                        "v, c, e, $N, $S",
                        s.pool().rules(s.rules(k.targets())),
                        k.at().toString()));
        table.on(
                Applicators.Not.class,
                (k, s) -> call(s, JsonApplicators.NOT, "v, c, $L, $S", s.rule(k.target()), k.at().toString()));
        table.on(
                Applicators.Conditional.class,
                (k, s) -> call(
                        s,
                        JsonApplicators.CONDITIONAL,
                        "v, c, e, $L, $L, $L",
                        s.rule(k.condition()),
                        optionalRule(s, k.then()),
                        optionalRule(s, k.otherwise())));
        table.on(
                Applicators.Ref.class,
                (k, s) -> call(
                        s,
                        JsonApplicators.REF,
                        "v, c, e, $L, $L, $S, $S",
                        s.rule(k.target()),
                        s.resource(k.resource()),
                        k.at().toString(),
                        k.target().toString()));
        table.on(Applicators.DynamicRef.class, (k, s) -> FlatCode.of("$N(v, c, e)", dispatcher(k, s)));
    }

    /**
     * {@code anyOf}; when some branch checks only {@code type}, a value of that type is accepted
     * before any branch runs (the nullable {@code anyOf [{$ref: X}, {type: null}]} with a null). Only
     * when nobody collects annotations ({@code e == null}): otherwise every matching branch must run.
     */
    private static CodeBlock anyOf(Applicators.AnyOf k, ClassScope s) {
        CodeBlock general = call(
                s, JsonApplicators.ANY_OF, "v, c, e, $N, $S", s.pool().rules(s.rules(k.targets())), k.at().toString());
        int accepted = s.typeOnlyMask(k.targets());
        if (accepted == 0) {
            return general;
        }
        CodeBlock typeOnly = call(s, JsonData.HAS_TYPE, "v, $L", accepted);
        return FlatCode.of("(e == null && $L || $L)", typeOnly, general);
    }

    private static CodeBlock optionalRule(ClassScope scope, Optional<SourceLocation> target) {
        return target.map(scope::rule).orElse(CodeBlock.of("null"));
    }

    /**
     * A method that finds the outermost resource in the dynamic scope declaring the anchor and
     * applies its schema, else the statically resolved one.
     */
    private static String dispatcher(Applicators.DynamicRef ref, ClassScope scope) {
        RuntimeTypes runtime = scope.runtime();
        CodeBlock.Builder cases = CodeBlock.builder();
        for (Map.Entry<Integer, SourceLocation> candidate : ref.candidates().entrySet()) {
            cases.add(
                    "case $L:\n$>return $L;\n$<",
                    candidate.getKey(),
                    runtime.call(
                            JsonApplicators.REF,
                            "v, c, e, $L, $L, $S, $S",
                            scope.rule(candidate.getValue()),
                            candidate.getKey(),
                            ref.at().toString(),
                            candidate.getValue().toString()));
        }
        String name = "dynamicRef" + scope.helperCount();
        return scope.addHelper(MethodSpec.methodBuilder(name)
                .addJavadoc(
                        "{@code $L}: $L candidate resources.\n",
                        ref.at().toString(),
                        ref.candidates().size())
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
                .addStatement(FlatCode.of(
                        "return $L",
                        runtime.call(
                                JsonApplicators.REF,
                                "v, c, e, $L, $L, $S, $S",
                                scope.rule(ref.fallback()),
                                ref.fallbackResource(),
                                ref.at().toString(),
                                ref.fallback().toString())))
                .build());
    }
}
