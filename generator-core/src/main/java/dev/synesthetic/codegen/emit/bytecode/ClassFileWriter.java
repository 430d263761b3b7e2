package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import dev.synesthetic.codegen.emit.validator.CheckContext;
import dev.synesthetic.codegen.emit.validator.ValidatorNames;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * One validator class file: a file's public validator (entry points, then its first part's units) or
 * one of its nested parts, each with its own helpers and constants, as the source declares them.
 */
final class ClassFileWriter {
    private final ValidatorNames names;
    private final JvmNames runtime;
    private final CheckContext context;

    ClassFileWriter(ValidatorNames names, JvmNames runtime, boolean dynamicScope) {
        this.names = names;
        this.runtime = runtime;
        this.context = new CheckContext(names, dynamicScope);
    }

    /**
     * @param binaryName the class's binary name ({@code a.b.XValidator}, {@code a.b.XValidator$Part1})
     * @param root the file's root schema for the public validator, null for a part
     */
    byte[] write(String binaryName, List<SchemaUnit> units, SourceLocation root) {
        String self = binaryName.replace('.', '/');
        ClassWriter type = new FramesWriter();
        int access = root != null
                ? Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER
                : Opcodes.ACC_FINAL | Opcodes.ACC_SUPER;
        type.visit(Opcodes.V17, access, self, null, "java/lang/Object", null);
        constructor(type);
        ConditionWriter conditions = new ConditionWriter(self, runtime, names);
        if (root != null) {
            entryPoints(type, conditions, root);
        }
        UnitWriter unitWriter = new UnitWriter(self, runtime, conditions, context);
        for (SchemaUnit unit : units) {
            unitWriter.write(type, unit, names.method(unit.location()));
        }
        conditions.writeHelpers(type);
        conditions.pool().writeTo(type);
        type.visitEnd();
        return type.toByteArray();
    }

    private static void constructor(ClassWriter type) {
        MethodVisitor code = type.visitMethod(Opcodes.ACC_PRIVATE, "<init>", "()V", null, null);
        code.visitCode();
        code.visitVarInsn(Opcodes.ALOAD, 0);
        code.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        code.visitInsn(Opcodes.RETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /** {@code validate}, {@code validateFailFast} and {@code isValid} on the root's unit, as the source's. */
    private void entryPoints(ClassWriter type, ConditionWriter conditions, SourceLocation root) {
        for (boolean failFast : new boolean[] {false, true}) {
            String descriptor = RuntimeDescriptors.descriptor(ValidationContext.RUN, runtime.pkg());
            MethodVisitor code = type.visitMethod(
                    Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                    failFast ? "validateFailFast" : "validate",
                    "(Ljava/lang/Object;)" + descriptor.substring(descriptor.indexOf(')') + 1),
                    null,
                    null);
            code.visitCode();
            code.visitVarInsn(Opcodes.ALOAD, 0);
            conditions.pushRule(code, root);
            code.visitLdcInsn(root.toString());
            code.visitInsn(failFast ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
            runtime.invoke(code, ValidationContext.RUN);
            code.visitInsn(Opcodes.ARETURN);
            code.visitMaxs(0, 0);
            code.visitEnd();
        }
        MethodVisitor code = type.visitMethod(
                Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "isValid", "(Ljava/lang/Object;)Z", null, null);
        code.visitCode();
        code.visitVarInsn(Opcodes.ALOAD, 0);
        conditions.pushRule(code, root);
        runtime.invoke(code, ValidationContext.VALID);
        code.visitInsn(Opcodes.IRETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /**
     * Computes frames and stack sizes. Frames merge only the unit methods' own locals (an {@code
     * Evaluated}, ints) and the parameters, never two different classes, so the common super class
     * is never needed: answering {@code Object} keeps ASM from loading classes to find it.
     */
    private static final class FramesWriter extends ClassWriter {
        FramesWriter() {
            super(ClassWriter.COMPUTE_FRAMES);
        }

        @Override
        protected String getCommonSuperClass(String type1, String type2) {
            return "java/lang/Object";
        }
    }
}
