package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.emit.RuntimeApi.JsonConstants;
import dev.synesthetic.codegen.emit.validator.Arg;
import dev.synesthetic.codegen.emit.validator.Arg.Constant.Kind;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The static constants of one validator class file, as the source's {@code ConstantPool} makes
 * them: one private static final field per distinct constant, created in {@code <clinit>} in the
 * order first asked for (a pattern list's patterns before the list), each created as the source
 * creates it.
 */
final class BytecodePool {
    private record Field(String name, String descriptor, Arg.Constant constant) {}

    private final String owner;
    private final JvmNames runtime;
    private final Rules rules;
    private final List<Field> fields = new ArrayList<>();
    private final Map<Arg.Constant, Field> byConstant = new HashMap<>();

    /** Pushes a {@code Rule} for a target: how a rule list's elements are made. */
    @FunctionalInterface
    interface Rules {
        void push(MethodVisitor code, SourceLocation target);
    }

    BytecodePool(String owner, JvmNames runtime, Rules rules) {
        this.owner = owner;
        this.runtime = runtime;
        this.rules = rules;
    }

    /** Pushes the constant's value, declaring its field on first use. */
    void push(MethodVisitor code, Arg.Constant constant) {
        Field field = field(constant);
        code.visitFieldInsn(Opcodes.GETSTATIC, owner, field.name(), field.descriptor());
    }

    private Field field(Arg.Constant constant) {
        Field known = byConstant.get(constant);
        if (known != null) {
            return known;
        }
        if (constant.kind() == Kind.PATTERNS) {
            constant.texts().forEach(regex -> field(new Arg.Constant(Kind.PATTERN, regex)));
        }
        Field field = new Field(constant.kind().fieldName(fields.size()), descriptor(constant.kind()), constant);
        fields.add(field);
        byConstant.put(constant, field);
        return field;
    }

    /** The fields, and {@code <clinit>} creating them (none when there are none). */
    void writeTo(ClassVisitor type) {
        if (fields.isEmpty()) {
            return;
        }
        for (Field field : fields) {
            type.visitField(
                            Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL,
                            field.name(),
                            field.descriptor(),
                            null,
                            null)
                    .visitEnd();
        }
        MethodVisitor code = type.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        code.visitCode();
        for (Field field : fields) {
            create(code, field.constant());
            code.visitFieldInsn(Opcodes.PUTSTATIC, owner, field.name(), field.descriptor());
        }
        code.visitInsn(Opcodes.RETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    private void create(MethodVisitor code, Arg.Constant constant) {
        switch (constant.kind()) {
            case JSON -> parse(code, constant.text());
            case JSON_LIST -> {
                parse(code, constant.text());
                code.visitTypeInsn(Opcodes.CHECKCAST, "java/util/List");
            }
            case DECIMAL -> {
                code.visitTypeInsn(Opcodes.NEW, "java/math/BigDecimal");
                code.visitInsn(Opcodes.DUP);
                code.visitLdcInsn(constant.decimal().toString());
                code.visitMethodInsn(
                        Opcodes.INVOKESPECIAL, "java/math/BigDecimal", "<init>", "(Ljava/lang/String;)V", false);
            }
            case PATTERN -> {
                code.visitLdcInsn(constant.text());
                code.visitMethodInsn(
                        Opcodes.INVOKESTATIC,
                        "java/util/regex/Pattern",
                        "compile",
                        "(Ljava/lang/String;)Ljava/util/regex/Pattern;",
                        false);
            }
            case NAMES -> listOf(code, "java/lang/Object", constant.texts(), (c, name) -> c.visitLdcInsn(name));
            case NAME_SET -> {
                array(code, "java/lang/String", constant.texts(), (c, name) -> c.visitLdcInsn(name));
                runtime.invoke(code, JsonConstants.NAME_SET);
            }
            case PATTERNS ->
                listOf(
                        code,
                        "java/lang/Object",
                        constant.texts(),
                        (c, regex) -> push(c, new Arg.Constant(Kind.PATTERN, regex)));
            case RULES -> listOf(code, "java/lang/Object", constant.targets(), rules::push);
        }
    }

    private void parse(MethodVisitor code, String json) {
        code.visitLdcInsn(json);
        runtime.invoke(code, JsonConstants.PARSE);
    }

    @FunctionalInterface
    private interface Element<T> {
        void push(MethodVisitor code, T item);
    }

    /** {@code List.of(items...)} through the varargs overload: one shape for any count. */
    private static <T> void listOf(MethodVisitor code, String arrayType, List<T> items, Element<T> element) {
        array(code, arrayType, items, element);
        code.visitMethodInsn(
                Opcodes.INVOKESTATIC, "java/util/List", "of", "([Ljava/lang/Object;)Ljava/util/List;", true);
    }

    private static <T> void array(MethodVisitor code, String type, List<T> items, Element<T> element) {
        Instructions.push(code, items.size());
        code.visitTypeInsn(Opcodes.ANEWARRAY, type);
        for (int i = 0; i < items.size(); i++) {
            code.visitInsn(Opcodes.DUP);
            Instructions.push(code, i);
            element.push(code, items.get(i));
            code.visitInsn(Opcodes.AASTORE);
        }
    }

    /** The type of a constant's field, and so what pushing it leaves on the stack. */
    static String descriptor(Kind kind) {
        return switch (kind) {
            case JSON -> "Ljava/lang/Object;";
            case DECIMAL -> "Ljava/math/BigDecimal;";
            case PATTERN -> "Ljava/util/regex/Pattern;";
            case NAME_SET -> "Ljava/util/Set;";
            case JSON_LIST, NAMES, PATTERNS, RULES -> "Ljava/util/List;";
        };
    }
}
