package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.emit.RuntimeApi.JsonData;
import dev.synesthetic.codegen.emit.RuntimeApi.ValidationContext;
import dev.synesthetic.codegen.emit.validator.Arg;
import dev.synesthetic.codegen.emit.validator.Condition;
import dev.synesthetic.codegen.emit.validator.ValidatorNames;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A {@link Condition} as instructions leaving its boolean on the stack: the bytecode twin of the
 * source side's {@code JavaConditions}, so both run the keyword table's calls with the same
 * arguments. {@code $dynamicRef} dispatchers become private helper methods of the class, as in the
 * source.
 */
final class ConditionWriter {
    /** {@code LambdaMetafactory.metafactory}: what javac's {@code X::vN} method references bootstrap with. */
    private static final Handle METAFACTORY = new Handle(
            Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/LambdaMetafactory",
            "metafactory",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    /** The unit methods' slots: the value, the context; the evaluated-collector's slot varies. */
    static final int VALUE = 0;

    static final int CONTEXT = 1;

    private final String self;
    private final JvmNames runtime;
    private final ValidatorNames names;
    private final BytecodePool pool;
    private final List<Condition.Dispatch> helpers = new ArrayList<>();

    ConditionWriter(String self, JvmNames runtime, ValidatorNames names) {
        this.self = self;
        this.runtime = runtime;
        this.names = names;
        this.pool = new BytecodePool(self, runtime, this::pushRule);
    }

    BytecodePool pool() {
        return pool;
    }

    /** @param evaluated the slot of {@code e}, the collector the calls pass on */
    void write(MethodVisitor code, Condition condition, int evaluated) {
        if (condition instanceof Condition.Call call) {
            call(code, call, evaluated);
        } else if (condition instanceof Condition.TypeOnlyOr anyOf) {
            Label general = new Label();
            Label end = new Label();
            code.visitVarInsn(Opcodes.ALOAD, evaluated);
            code.visitJumpInsn(Opcodes.IFNONNULL, general);
            code.visitVarInsn(Opcodes.ALOAD, VALUE);
            Instructions.push(code, anyOf.mask());
            runtime.invoke(code, JsonData.HAS_TYPE);
            code.visitJumpInsn(Opcodes.IFEQ, general);
            code.visitInsn(Opcodes.ICONST_1);
            code.visitJumpInsn(Opcodes.GOTO, end);
            code.visitLabel(general);
            call(code, anyOf.general(), evaluated);
            code.visitLabel(end);
        } else {
            String helper = "dynamicRef" + helpers.size();
            helpers.add((Condition.Dispatch) condition);
            code.visitVarInsn(Opcodes.ALOAD, VALUE);
            code.visitVarInsn(Opcodes.ALOAD, CONTEXT);
            code.visitVarInsn(Opcodes.ALOAD, evaluated);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, self, helper, runtime.unitDescriptor(), false);
        }
    }

    private void call(MethodVisitor code, Condition.Call call, int evaluated) {
        for (Arg arg : call.args()) {
            if (arg instanceof Arg.Param param) {
                code.visitVarInsn(
                        Opcodes.ALOAD,
                        switch (param) {
                            case VALUE -> VALUE;
                            case CONTEXT -> CONTEXT;
                            case EVALUATED -> evaluated;
                        });
            } else if (arg instanceof Arg.IntValue value) {
                Instructions.push(code, value.value());
            } else if (arg instanceof Arg.LongValue value) {
                Instructions.push(code, value.value());
            } else if (arg instanceof Arg.Text value) {
                code.visitLdcInsn(value.value());
            } else if (arg instanceof Arg.RuleRef rule) {
                pushRule(code, rule.target());
            } else if (arg instanceof Arg.Constant constant) {
                pool.push(code, constant);
            } else {
                code.visitInsn(Opcodes.ACONST_NULL); // Arg.Null
            }
        }
        runtime.invoke(code, call.method());
    }

    /** A {@code Rule} calling the unit at {@code target}: javac's {@code X::vN}. */
    void pushRule(MethodVisitor code, SourceLocation target) {
        String owner = names.classOf(target).reflectionName().replace('.', '/');
        Type unit = Type.getMethodType(runtime.unitDescriptor());
        code.visitInvokeDynamicInsn(
                "test",
                "()L" + runtime.rule() + ";",
                METAFACTORY,
                unit,
                new Handle(Opcodes.H_INVOKESTATIC, owner, names.method(target), runtime.unitDescriptor(), false),
                unit);
    }

    /**
     * The dispatchers asked for so far: for each resource in the dynamic scope, outermost first, the
     * first candidate's call; past the scope, the fallback's. A dispatcher's own calls add none.
     */
    void writeHelpers(ClassVisitor type) {
        for (int i = 0; i < helpers.size(); i++) {
            Condition.Dispatch dispatch = helpers.get(i);
            MethodVisitor code = type.visitMethod(
                    Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, "dynamicRef" + i, runtime.unitDescriptor(), null, null);
            code.visitCode();
            int index = 3;
            int resource = 4;
            Label loop = new Label();
            Label done = new Label();
            Instructions.push(code, 0);
            code.visitVarInsn(Opcodes.ISTORE, index);
            code.visitLabel(loop);
            code.visitVarInsn(Opcodes.ILOAD, index);
            code.visitVarInsn(Opcodes.ALOAD, CONTEXT);
            runtime.invoke(code, ValidationContext.SCOPE_SIZE);
            code.visitJumpInsn(Opcodes.IF_ICMPGE, done);
            code.visitVarInsn(Opcodes.ALOAD, CONTEXT);
            code.visitVarInsn(Opcodes.ILOAD, index);
            runtime.invoke(code, ValidationContext.SCOPE_AT);
            code.visitVarInsn(Opcodes.ISTORE, resource);
            for (Condition.Case candidate : dispatch.cases()) {
                Label next = new Label();
                code.visitVarInsn(Opcodes.ILOAD, resource);
                Instructions.push(code, candidate.resource());
                code.visitJumpInsn(Opcodes.IF_ICMPNE, next);
                call(code, candidate.call(), 2);
                code.visitInsn(Opcodes.IRETURN);
                code.visitLabel(next);
            }
            code.visitIincInsn(index, 1);
            code.visitJumpInsn(Opcodes.GOTO, loop);
            code.visitLabel(done);
            call(code, dispatch.fallback(), 2);
            code.visitInsn(Opcodes.IRETURN);
            code.visitMaxs(0, 0);
            code.visitEnd();
        }
    }
}
