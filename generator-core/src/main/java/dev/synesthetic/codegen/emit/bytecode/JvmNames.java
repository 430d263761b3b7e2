package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.emit.RuntimeMethod;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The runtime's types as the JVM names them in one validator package, and calls to its methods:
 * what every class of that package's validators refers to.
 *
 * @param pkg the package's internal name ({@code a/b})
 */
record JvmNames(String pkg) {
    static JvmNames in(String packageName) {
        return new JvmNames(packageName.replace('.', '/'));
    }

    String context() {
        return pkg + '/' + RuntimeClasses.VALIDATION_CONTEXT;
    }

    String evaluated() {
        return context() + "$Evaluated";
    }

    String rule() {
        return context() + "$Rule";
    }

    /** A unit method's, and {@code Rule.test}'s, descriptor: {@code (Object, ValidationContext, Evaluated) → boolean}. */
    String unitDescriptor() {
        return "(Ljava/lang/Object;L" + context() + ";L" + evaluated() + ";)Z";
    }

    /** Invokes {@code method} on what the stack holds; its result, if any, is left there. */
    void invoke(MethodVisitor code, RuntimeMethod method) {
        String owner = RuntimeDescriptors.owner(method, pkg);
        String descriptor = RuntimeDescriptors.descriptor(method, pkg);
        int opcode = switch (method.kind()) {
            case STATIC -> Opcodes.INVOKESTATIC;
            case INSTANCE -> Opcodes.INVOKEVIRTUAL;
            case CONSTRUCTOR -> Opcodes.INVOKESPECIAL;
        };
        code.visitMethodInsn(opcode, owner, method.name(), descriptor, false);
    }

    /** As {@link #invoke}, as a statement: a result is dropped. */
    void invokeForEffect(MethodVisitor code, RuntimeMethod method) {
        invoke(code, method);
        if (!RuntimeDescriptors.returnsVoid(method, pkg)) {
            code.visitInsn(Opcodes.POP);
        }
    }
}
