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
        return CodeBlock.builder()
                .add("$T.$N(", type, name)
                .add(arguments(arguments, args))
                .add(")")
                .build();
    }

    /** {@code receiver.name(arguments)}, {@code receiver} an expression of the owner's type. */
    public CodeBlock on(String receiver, String arguments, Object... args) {
        require(Kind.INSTANCE);
        return CodeBlock.builder()
                .add("$L.$N(", receiver, name)
                .add(arguments(arguments, args))
                .add(")")
                .build();
    }

    /** {@code new Type(arguments)}, {@code type} the owner, or the owner with its type arguments. */
    public CodeBlock create(CodeBlock type, String arguments, Object... args) {
        require(Kind.CONSTRUCTOR);
        return CodeBlock.builder()
                .add("new $L(", type)
                .add(arguments(arguments, args))
                .add(")")
                .build();
    }

    private void require(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException(
                    this + " is not a " + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private CodeBlock arguments(String format, Object... args) {
        int count = format.isEmpty() ? 0 : format.split(", ", -1).length;
        if (count != arity) {
            throw new IllegalArgumentException(this + " given " + count + " arguments: " + format);
        }
        return JavaLiterals.of(format, args);
    }
}
