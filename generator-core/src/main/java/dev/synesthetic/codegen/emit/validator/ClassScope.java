package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * What emitting one validator class needs: names, its constant pool, the runtime types, and the
 * helper methods ({@code $dynamicRef} dispatchers) its checks ask for.
 */
final class ClassScope {
    private final ValidatorNames names;
    private final RuntimeTypes runtime;
    private final ConstantPool pool;
    private final boolean dynamicScope;
    private final CheckContext context;
    private final List<MethodSpec> helpers = new ArrayList<>();

    ClassScope(ValidatorNames names, RuntimeTypes runtime, boolean dynamicScope) {
        this.names = names;
        this.runtime = runtime;
        this.pool = new ConstantPool(runtime);
        this.dynamicScope = dynamicScope;
        this.context = new CheckContext(names, dynamicScope);
    }

    /** A method reference to the unit at {@code target}: a {@code ValidationContext.Rule}. */
    CodeBlock rule(SourceLocation target) {
        return FlatCode.of("$T::$N", names.classOf(target), names.method(target));
    }

    /** What the keyword table may know of the other units. */
    CheckContext context() {
        return context;
    }

    boolean dynamicScope() {
        return dynamicScope;
    }

    RuntimeTypes runtime() {
        return runtime;
    }

    ConstantPool pool() {
        return pool;
    }

    String addHelper(MethodSpec method) {
        helpers.add(method);
        return method.name();
    }

    int helperCount() {
        return helpers.size();
    }

    List<MethodSpec> helpers() {
        return List.copyOf(helpers);
    }
}
