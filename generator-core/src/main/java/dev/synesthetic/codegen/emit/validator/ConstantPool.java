package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.JavaLiterals;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonConstants;
import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The static constants of one validator class: compiled patterns, exact numbers, embedded JSON,
 * name lists and rule lists, each created once and shared by every check that needs the same
 * value. Every schema string goes in through {@link JavaLiterals}.
 */
final class ConstantPool {
    private final RuntimeTypes runtime;
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Map<Arg.Constant, String> byConstant = new HashMap<>();

    ConstantPool(RuntimeTypes runtime) {
        this.runtime = runtime;
    }

    /**
     * The field holding {@code constant}, declared on first use. Sameness is the constant's own
     * ({@link Arg.Constant} equality: kind and value), as in the class files' pool.
     *
     * @param rule how a rule list's targets are referred to
     */
    String field(Arg.Constant constant, Function<SourceLocation, CodeBlock> rule) {
        String known = byConstant.get(constant);
        if (known != null) {
            return known;
        }
        return switch (constant.kind()) {
            case DECIMAL ->
                add(
                        constant,
                        TypeName.get(BigDecimal.class),
                        FlatCode.of(
                                "new $T($S)",
                                BigDecimal.class,
                                constant.decimal().toString()));
            case PATTERN ->
                add(
                        constant,
                        TypeName.get(Pattern.class),
                        JavaLiterals.of("$T.compile($S)", Pattern.class, constant.text()));
            case JSON -> add(constant, ClassName.OBJECT, runtime.call(JsonConstants.PARSE, "$S", constant.text()));
            case JSON_LIST -> jsonList(constant);
            case NAMES -> add(constant, list(ClassName.get(String.class)), strings(constant.texts()));
            case NAME_SET -> nameSet(constant);
            case PATTERNS -> patterns(constant, rule);
            case RULES ->
                add(
                        constant,
                        list(runtime.rule()),
                        listOf(constant.targets().stream().map(rule).toList()));
        };
    }

    private String jsonList(Arg.Constant constant) {
        TypeName type = ParameterizedTypeName.get(
                ClassName.get(List.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
        return add(
                constant, type, FlatCode.of("($T) $L", type, runtime.call(JsonConstants.PARSE, "$S", constant.text())));
    }

    private String nameSet(Arg.Constant constant) {
        TypeName type = ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));
        List<CodeBlock> items =
                constant.texts().stream().map(n -> JavaLiterals.of("$S", n)).toList();
        return add(constant, type, runtime.call(JsonConstants.NAME_SET, "$L", CodeBlock.join(items, ", ")));
    }

    /** Each pattern a constant of its own, declared before the list. */
    private String patterns(Arg.Constant constant, Function<SourceLocation, CodeBlock> rule) {
        List<CodeBlock> items = constant.texts().stream()
                .map(r -> FlatCode.of("$N", field(new Arg.Constant(Arg.Constant.Kind.PATTERN, r), rule)))
                .toList();
        return add(constant, list(ClassName.get(Pattern.class)), listOf(items));
    }

    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }

    private String add(Arg.Constant constant, TypeName type, CodeBlock initializer) {
        String name = constant.kind().fieldName(fields.size());
        fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        byConstant.put(constant, name);
        return name;
    }

    private static TypeName list(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }

    private static CodeBlock strings(List<String> names) {
        List<CodeBlock> items =
                names.stream().map(n -> JavaLiterals.of("$S", n)).toList();
        return FlatCode.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }

    private static CodeBlock listOf(List<CodeBlock> items) {
        return FlatCode.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }
}
