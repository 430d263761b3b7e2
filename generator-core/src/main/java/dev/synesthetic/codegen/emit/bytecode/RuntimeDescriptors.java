package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.emit.RuntimeMethod;
import dev.synesthetic.codegen.emit.RuntimeSources;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;

/**
 * The JVM descriptor of each {@link RuntimeMethod}, read from the runtime classes themselves (the
 * generator depends on generator-runtime, whose classes the emitted runtime is made from): the
 * {@code RuntimeApi} constant stays the one place a call is declared, and a runtime signature
 * change reaches the bytecode without a second table to update.
 */
final class RuntimeDescriptors {
    private static final String RUNTIME = RuntimeSources.PACKAGE.replace('.', '/') + '/';
    private static final Map<RuntimeMethod, String> DESCRIPTORS = new ConcurrentHashMap<>();

    private RuntimeDescriptors() {}

    /** The owner's internal name in the package whose internal name is {@code pkg} ({@code a/b}). */
    static String owner(RuntimeMethod method, String pkg) {
        return pkg + '/' + method.owner().replace('.', '$');
    }

    /** The descriptor, its runtime types moved into {@code pkg}. */
    static String descriptor(RuntimeMethod method, String pkg) {
        String descriptor = DESCRIPTORS.computeIfAbsent(method, RuntimeDescriptors::resolve);
        return descriptor.replace('L' + RUNTIME, 'L' + pkg + '/');
    }

    /** Whether the method returns nothing: a call made as a statement then leaves nothing to pop. */
    static boolean returnsVoid(RuntimeMethod method, String pkg) {
        return descriptor(method, pkg).endsWith(")V");
    }

    private static String resolve(RuntimeMethod method) {
        Class<?> owner;
        try {
            owner = Class.forName(
                    RuntimeSources.PACKAGE + '.' + method.owner().replace('.', '$'),
                    false,
                    RuntimeDescriptors.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no runtime class for " + method, e);
        }
        List<Executable> matches = new ArrayList<>();
        if (method.kind() == RuntimeMethod.Kind.CONSTRUCTOR) {
            for (Constructor<?> constructor : owner.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == method.arity()) {
                    matches.add(constructor);
                }
            }
        } else {
            boolean wantStatic = method.kind() == RuntimeMethod.Kind.STATIC;
            for (Method candidate : owner.getDeclaredMethods()) {
                if (candidate.getName().equals(method.name())
                        && candidate.getParameterCount() == method.arity()
                        && Modifier.isStatic(candidate.getModifiers()) == wantStatic
                        && !candidate.isSynthetic()) {
                    matches.add(candidate);
                }
            }
        }
        if (matches.size() != 1) {
            throw new IllegalStateException(method + " matches " + matches.size() + " runtime methods: " + matches);
        }
        Executable found = matches.get(0);
        return found instanceof Method m
                ? Type.getMethodDescriptor(m)
                : Type.getConstructorDescriptor((Constructor<?>) found);
    }
}
