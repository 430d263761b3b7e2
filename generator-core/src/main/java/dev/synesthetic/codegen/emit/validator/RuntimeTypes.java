package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.util.List;

/**
 * The emitted runtime classes (generator-runtime's sources, see {@code RuntimeSources}) as JavaPoet
 * names; their names are decided in {@link RuntimeClasses}.
 */
record RuntimeTypes(
        ClassName keywords,
        ClassName data,
        ClassName context,
        ClassName evaluated,
        ClassName rule,
        ClassName violation,
        ClassName formats) {
    /** The runtime classes every validator package gets, by simple class name. */
    static final List<String> TEMPLATES = RuntimeClasses.VALIDATORS;
    /** The runtime class emitted only when some schema asserts a {@code format}. */
    static final String FORMATS_TEMPLATE = RuntimeClasses.JSON_FORMATS;

    static RuntimeTypes in(String packageName) {
        ClassName context = ClassName.get(packageName, RuntimeClasses.VALIDATION_CONTEXT);
        return new RuntimeTypes(
                ClassName.get(packageName, RuntimeClasses.JSON_KEYWORDS),
                ClassName.get(packageName, RuntimeClasses.JSON_DATA),
                context,
                context.nestedClass("Evaluated"),
                context.nestedClass("Rule"),
                ClassName.get(packageName, RuntimeClasses.VIOLATION),
                ClassName.get(packageName, FORMATS_TEMPLATE));
    }

    TypeName violations() {
        return ParameterizedTypeName.get(ClassName.get(List.class), violation);
    }
}
