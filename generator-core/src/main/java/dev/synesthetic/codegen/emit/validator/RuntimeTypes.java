package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.emit.RuntimeMethod;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import java.util.List;

/**
 * The emitted runtime classes (generator-runtime's sources, see {@code RuntimeSources}) as JavaPoet
 * names; their names are decided in {@link RuntimeClasses}.
 */
record RuntimeTypes(ClassName context, ClassName evaluated, ClassName rule, ClassName violation, ClassName formats) {
    /** The runtime classes every validator package gets, by simple class name. */
    static final List<String> TEMPLATES = RuntimeClasses.VALIDATORS;
    /** The runtime classes emitted only when some schema asserts a {@code format}. */
    static final List<String> FORMATS_TEMPLATES = RuntimeClasses.FORMATS;

    static RuntimeTypes in(String packageName) {
        ClassName context = ClassName.get(packageName, RuntimeClasses.VALIDATION_CONTEXT);
        return new RuntimeTypes(
                context,
                context.nestedClass("Evaluated"),
                context.nestedClass("Rule"),
                ClassName.get(packageName, RuntimeClasses.VIOLATION),
                ClassName.get(packageName, RuntimeClasses.JSON_FORMATS));
    }

    /** {@code Owner.method(arguments)} for a static runtime method, its owner emitted into this package. */
    CodeBlock call(RuntimeMethod method, String arguments, Object... args) {
        return method.call(method.ownerIn(context.packageName()), arguments, args);
    }

    TypeName violations() {
        return ParameterizedTypeName.get(ClassName.get(List.class), violation);
    }
}
