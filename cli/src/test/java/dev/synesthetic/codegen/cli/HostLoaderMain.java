package dev.synesthetic.codegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line as a host's class loader runs it: the project's classes (CLI, generator,
 * runtime) defined from bytes, with no code source, so none of them is a file the CLI could hand
 * to javac. Run in a separate JVM ({@link NoCompilerTest}).
 */
final class HostLoaderMain {
    private HostLoaderMain() {}

    public static void main(String[] args) throws Exception {
        ClassLoader host = new BytesOnly(ClassLoader.getSystemClassLoader());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        int code = (int) host.loadClass(Main.class.getName())
                .getMethod("run", String[].class, PrintWriter.class, PrintWriter.class)
                .invoke(null, args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Child-first for the project's packages, each class defined from its bytes without a code source. */
    private static final class BytesOnly extends ClassLoader {
        private static final String OURS = "dev.synesthetic.codegen.";

        BytesOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OURS)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        type = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }
}
