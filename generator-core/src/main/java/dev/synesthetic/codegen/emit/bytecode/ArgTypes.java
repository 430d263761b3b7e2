package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.emit.validator.Arg;
import org.objectweb.asm.Type;

/**
 * The JVM type each {@link Arg} is on the stack as {@link ConditionWriter} pushes it: what a
 * runtime method's parameter must take ({@code ArgTypesTest} holds every call of the keyword table
 * to the descriptors the runtime has). {@link Arg.Null} is any reference: it answers {@code null}.
 */
final class ArgTypes {
    private ArgTypes() {}

    static Type of(Arg arg, JvmNames runtime) {
        if (arg instanceof Arg.Param param) {
            return switch (param) {
                case VALUE -> Type.getType(Object.class);
                case CONTEXT -> Type.getObjectType(runtime.context());
                case EVALUATED -> Type.getObjectType(runtime.evaluated());
            };
        }
        if (arg instanceof Arg.IntValue) {
            return Type.INT_TYPE;
        }
        if (arg instanceof Arg.LongValue) {
            return Type.LONG_TYPE;
        }
        if (arg instanceof Arg.Text) {
            return Type.getType(String.class);
        }
        if (arg instanceof Arg.RuleRef) {
            return Type.getObjectType(runtime.rule());
        }
        if (arg instanceof Arg.Constant constant) {
            return Type.getType(BytecodePool.descriptor(constant.kind()));
        }
        return null; // Arg.Null
    }
}
