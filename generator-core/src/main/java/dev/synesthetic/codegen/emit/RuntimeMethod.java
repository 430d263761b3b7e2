package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * A method of the emitted runtime that generated code calls. Emitters write calls through these
 * (the constants of {@link RuntimeApi}) instead of method names inside format strings; a test
 * resolves every constant against the compiled runtime (name, parameter count, static or not), and
 * each call checks its argument count here, so a runtime change that breaks generated code fails
 * the generator's build.
 *
 * @param owner the runtime class by simple name, a nested class dotted
 *     ({@code ValidationContext.Evaluated})
 * @param name the method name ({@code <init>} for a constructor)
 * @param arity the number of parameters (a varargs parameter counts one)
 */
public record RuntimeMethod(String owner, String name, int arity, Kind kind) {
    /** How generated code invokes it. */
    public enum Kind {
        STATIC,
        INSTANCE,
        CONSTRUCTOR
    }

    static RuntimeMethod staticMethod(String owner, String name, int arity) {
        return new RuntimeMethod(owner, name, arity, Kind.STATIC);
    }

    static RuntimeMethod instanceMethod(String owner, String name, int arity) {
        return new RuntimeMethod(owner, name, arity, Kind.INSTANCE);
    }

    static RuntimeMethod constructor(String owner, int arity) {
        return new RuntimeMethod(owner, "<init>", arity, Kind.CONSTRUCTOR);
    }

    /** The owner as emitted into {@code packageName}. */
    public ClassName ownerIn(String packageName) {
        String[] names = owner.split("\\.");
        return ClassName.get(packageName, names[0], java.util.Arrays.copyOfRange(names, 1, names.length));
    }

    /**
     * {@code Owner.name(arguments)}.
     *
     * @param type the owner as emitted into the generated package
     * @param arguments the arguments' format, separated by {@code ", "}; {@code $S} strings go
     *     through {@link JavaLiterals}
     */
    public CodeBlock call(ClassName type, String arguments, Object... args) {
        require(Kind.STATIC);
        if (!String.join(".", type.simpleNames()).equals(owner)) {
            throw new IllegalArgumentException(this + " called on " + type);
        }
        return invocation("$T." + name, type, arguments, args);
    }

    /** {@code receiver.name(arguments)}, {@code receiver} an expression of the owner's type. */
    public CodeBlock on(String receiver, String arguments, Object... args) {
        require(Kind.INSTANCE);
        return invocation("$L." + name, receiver, arguments, args);
    }

    /** {@code new Type(arguments)}, {@code type} the owner, or the owner with its type arguments. */
    public CodeBlock create(CodeBlock type, String arguments, Object... args) {
        require(Kind.CONSTRUCTOR);
        return invocation("new $L", type, arguments, args);
    }

    private void require(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException(
                    this + " is not a " + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * {@code callee(arguments)} as one block, {@code target} the callee's only argument: one format
     * keeps the call a single piece of text where its arguments are text ({@link FlatCode}).
     */
    private CodeBlock invocation(String callee, Object target, String arguments, Object... args) {
        int count = arguments.isEmpty() ? 0 : 1 + occurrences(arguments, ", ");
        if (count != arity) {
            throw new IllegalArgumentException(this + " given " + count + " arguments: " + arguments);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = target;
        System.arraycopy(args, 0, all, 1, args.length);
        return JavaLiterals.of(callee + "(" + arguments + ")", all);
    }

    private static int occurrences(String text, String separator) {
        int count = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + separator.length())) {
            count++;
        }
        return count;
    }
}
