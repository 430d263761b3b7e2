package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.JavaLiterals;
import dev.synesthetic.codegen.emit.RuntimeApi.JsonConstants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Map<String, String> byKey = new HashMap<>();

    ConstantPool(RuntimeTypes runtime) {
        this.runtime = runtime;
    }

    String decimal(BigDecimal value) {
        return field(
                "NUMBER",
                "decimal " + value,
                TypeName.get(BigDecimal.class),
                FlatCode.of("new $T($S)", BigDecimal.class, value.toString()));
    }

    String pattern(String regex) {
        return field(
                "PATTERN",
                "pattern " + regex,
                TypeName.get(Pattern.class),
                JavaLiterals.of("$T.compile($S)", Pattern.class, regex));
    }

    String json(String json) {
        return field("VALUE", "json " + json, ClassName.OBJECT, runtime.call(JsonConstants.PARSE, "$S", json));
    }

    String jsonList(String json) {
        TypeName type = ParameterizedTypeName.get(
                ClassName.get(List.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
        return field(
                "VALUES",
                "list " + json,
                type,
                FlatCode.of("($T) $L", type, runtime.call(JsonConstants.PARSE, "$S", json)));
    }

    String names(List<String> names) {
        return field("NAMES", "names " + names, list(ClassName.get(String.class)), strings(names));
    }

    String nameSet(List<String> names) {
        TypeName type = ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));
        List<CodeBlock> items =
                names.stream().map(n -> JavaLiterals.of("$S", n)).toList();
        return field(
                "NAME_SET",
                "set " + names,
                type,
                runtime.call(JsonConstants.NAME_SET, "$L", CodeBlock.join(items, ", ")));
    }

    String patterns(List<String> regexes) {
        List<CodeBlock> items =
                regexes.stream().map(r -> FlatCode.of("$N", pattern(r))).toList();
        return field("PATTERNS", "patterns " + regexes, list(ClassName.get(Pattern.class)), listOf(items));
    }

    String rules(List<CodeBlock> references) {
        return field("RULES", "rules " + references, list(runtime.rule()), listOf(references));
    }

    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }

    private String field(String prefix, String key, TypeName type, CodeBlock initializer) {
        return byKey.computeIfAbsent(key, k -> {
            String name = prefix + "_" + fields.size();
            fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(initializer)
                    .build());
            return name;
        });
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
