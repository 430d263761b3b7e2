package dev.synesthetic.codegen.compile;

import dev.synesthetic.codegen.emit.RuntimeSources;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * Defines compiled classes, and every class of the runtime's own package from the class files its
 * parent holds, itself: validators compiled into that package reach the runtime's package-private
 * members only if both are in one runtime package, that is one loader. Each loader has its own
 * copy, so the validators of two corpora loaded in one JVM never meet. Other classes come from the parent.
 */
final class OwnRuntimeLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final String PREFIX = RuntimeSources.PACKAGE + ".";

    private final Map<String, byte[]> classes;
    private final ClassLoader parent;

    OwnRuntimeLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(Objects.requireNonNull(parent, "parent"));
        this.classes = classes;
        this.parent = parent;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!classes.containsKey(name) && !inRuntimePackage(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                byte[] bytes = bytes(name);
                type = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private static boolean inRuntimePackage(String name) {
        return name.startsWith(PREFIX) && name.indexOf('.', PREFIX.length()) < 0;
    }

    private byte[] bytes(String name) throws ClassNotFoundException {
        byte[] compiled = classes.get(name);
        if (compiled != null) {
            return compiled;
        }
        try (InputStream in = parent.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
