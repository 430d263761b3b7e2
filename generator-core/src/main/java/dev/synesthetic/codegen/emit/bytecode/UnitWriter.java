package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.emit.RuntimeApi.Evaluated;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import dev.synesthetic.codegen.emit.validator.CheckContext;
import dev.synesthetic.codegen.emit.validator.CheckEmitters;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * One unit → its static method {@code boolean vN(Object v, ValidationContext c, Evaluated e)}, the
 * bytecode of the source side's {@code UnitEmitter}: each check in turn, stopping early only when
 * the context says so; a unit with {@code unevaluated*} collects into its own {@code Evaluated} and
 * merges it into the caller's when valid; a resource root, while the dynamic scope is tracked, gets
 * a wrapper entering and leaving its resource around a private body.
 */
final class UnitWriter {
    /** The caller's collector ({@code e}, or {@code parent} when the unit collects its own). */
    private static final int PARENT = 2;

    private final String self;
    private final JvmNames runtime;
    private final ConditionWriter conditions;
    private final CheckContext context;

    UnitWriter(String self, JvmNames runtime, ConditionWriter conditions, CheckContext context) {
        this.self = self;
        this.runtime = runtime;
        this.conditions = conditions;
        this.context = context;
    }

    void write(ClassVisitor type, SchemaUnit unit, String name) {
        if (!(context.dynamicScope() && unit.isResourceRoot())) {
            body(type.visitMethod(Opcodes.ACC_STATIC, name, runtime.unitDescriptor(), null, null), unit);
            return;
        }
        MethodVisitor code = type.visitMethod(Opcodes.ACC_STATIC, name, runtime.unitDescriptor(), null, null);
        code.visitCode();
        code.visitVarInsn(Opcodes.ALOAD, ConditionWriter.CONTEXT);
        Instructions.push(code, unit.resource());
        runtime.invokeForEffect(code, ValidationContext.ENTER_RESOURCE);
        code.visitVarInsn(Opcodes.ALOAD, ConditionWriter.VALUE);
        code.visitVarInsn(Opcodes.ALOAD, ConditionWriter.CONTEXT);
        code.visitVarInsn(Opcodes.ALOAD, PARENT);
        code.visitMethodInsn(Opcodes.INVOKESTATIC, self, name + "Body", runtime.unitDescriptor(), false);
        code.visitVarInsn(Opcodes.ISTORE, 3);
        code.visitVarInsn(Opcodes.ALOAD, ConditionWriter.CONTEXT);
        runtime.invokeForEffect(code, ValidationContext.EXIT_RESOURCE);
        code.visitVarInsn(Opcodes.ILOAD, 3);
        code.visitInsn(Opcodes.IRETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
        body(
                type.visitMethod(
                        Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, name + "Body", runtime.unitDescriptor(), null, null),
                unit);
    }

    private void body(MethodVisitor code, SchemaUnit unit) {
        code.visitCode();
        if (unit.checks().isEmpty()) {
            code.visitInsn(Opcodes.ICONST_1);
            code.visitInsn(Opcodes.IRETURN);
            code.visitMaxs(0, 0);
            code.visitEnd();
            return;
        }
        boolean collects = unit.collectsEvaluation();
        int evaluated = collects ? 3 : PARENT;
        int ok = evaluated + 1;
        if (collects) {
            // unevaluated* needs what every in-place subschema evaluated, whether or not the caller asks.
            code.visitTypeInsn(Opcodes.NEW, runtime.evaluated());
            code.visitInsn(Opcodes.DUP);
            runtime.invoke(code, Evaluated.NEW);
            code.visitVarInsn(Opcodes.ASTORE, evaluated);
        }
        code.visitInsn(Opcodes.ICONST_1);
        code.visitVarInsn(Opcodes.ISTORE, ok);
        for (Check check : unit.checks()) {
            Label next = new Label();
            Label invalid = new Label();
            conditions.write(code, CheckEmitters.condition(check, context), evaluated);
            code.visitJumpInsn(Opcodes.IFNE, next);
            code.visitVarInsn(Opcodes.ALOAD, ConditionWriter.CONTEXT);
            runtime.invoke(code, ValidationContext.STOP);
            code.visitJumpInsn(Opcodes.IFEQ, invalid);
            code.visitInsn(Opcodes.ICONST_0);
            code.visitInsn(Opcodes.IRETURN);
            code.visitLabel(invalid);
            code.visitInsn(Opcodes.ICONST_0);
            code.visitVarInsn(Opcodes.ISTORE, ok);
            code.visitLabel(next);
        }
        if (collects) {
            Label end = new Label();
            code.visitVarInsn(Opcodes.ILOAD, ok);
            code.visitJumpInsn(Opcodes.IFEQ, end);
            code.visitVarInsn(Opcodes.ALOAD, PARENT);
            code.visitJumpInsn(Opcodes.IFNULL, end);
            code.visitVarInsn(Opcodes.ALOAD, PARENT);
            code.visitVarInsn(Opcodes.ALOAD, evaluated);
            runtime.invokeForEffect(code, Evaluated.MERGE);
            code.visitLabel(end);
        }
        code.visitVarInsn(Opcodes.ILOAD, ok);
        code.visitInsn(Opcodes.IRETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }
}
