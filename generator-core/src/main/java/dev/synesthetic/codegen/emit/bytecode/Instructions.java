package dev.synesthetic.codegen.emit.bytecode;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Constant pushes in their shortest form, as javac writes them. */
final class Instructions {
    private Instructions() {}

    static void push(MethodVisitor code, int value) {
        if (value >= -1 && value <= 5) {
            code.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            code.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            code.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            code.visitLdcInsn(value);
        }
    }

    static void push(MethodVisitor code, long value) {
        if (value == 0L || value == 1L) {
            code.visitInsn(Opcodes.LCONST_0 + (int) value);
        } else {
            code.visitLdcInsn(value);
        }
    }
}
