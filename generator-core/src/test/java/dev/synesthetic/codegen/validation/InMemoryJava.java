package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles generated sources in one javac call and loads the classes from memory. */
public final class InMemoryJava {
    private InMemoryJava() {}

    public static Compilation compile(List<GeneratedFile> files, String... options) {
        List<JavaFileObject> sources = files.stream()
                .filter(f -> f.relativePath().endsWith(".java")) // the manifest is not a source
                .map(f -> JavaFileObjects.forSourceString(
                        f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
                .toList();
        return javac().withOptions((Object[]) options).compile(sources);
    }

    public static ClassLoader load(Compilation compilation) {
        return load(classes(compilation));
    }

    /** The compiled classes by binary name. */
    public static Map<String, byte[]> classes(Compilation compilation) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name = file.getName()
                        .replaceFirst("^/CLASS_OUTPUT/", "")
                        .replace(".class", "")
                        .replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return classes;
    }

    /** A loader defining {@code classes} (by binary name) on first use, in one runtime package per Java package. */
    public static ClassLoader load(Map<String, byte[]> classes) {
        return new ClassLoader(InMemoryJava.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }
}
