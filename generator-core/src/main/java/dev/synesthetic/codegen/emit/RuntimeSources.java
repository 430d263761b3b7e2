package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.runtime.Violation;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one loader of the runtime generated code ships with: the source files of generator-runtime
 * (compiled and tested there, carried in its jar), emitted into the generated package as they are
 * but for the package declaration.
 */
public final class RuntimeSources {
    /**
     * The runtime's own package, named through a public runtime class so a move breaks the build.
     * Generated into this package, the runtime sources are the build's own compiled classes.
     */
    public static final String PACKAGE = Violation.class.getPackageName();

    private static final String DECLARATION = "package " + PACKAGE + ";";

    private RuntimeSources() {}

    /**
     * The source of the runtime class {@code simpleName}, declared in {@code packageName} (no
     * declaration for the unnamed package).
     */
    public static String source(String simpleName, String packageName) {
        return text(simpleName).replace(DECLARATION, packageName.isEmpty() ? "" : "package " + packageName + ";");
    }

    /**
     * Whether {@code file} is a runtime source emitted into the runtime's own {@link #PACKAGE}, word
     * for word: its class is then already compiled beside this generator and need not be compiled again.
     */
    public static boolean isOwnRuntime(GeneratedFile file) {
        String path = file.relativePath();
        String folder = PACKAGE.replace('.', '/') + "/";
        if (!path.startsWith(folder) || !path.endsWith(".java") || path.indexOf('/', folder.length()) >= 0) {
            return false;
        }
        String simpleName = path.substring(folder.length(), path.length() - ".java".length());
        return RuntimeSources.class.getResource(resource(simpleName)) != null
                && text(simpleName).equals(file.content());
    }

    private static String resource(String simpleName) {
        return "/" + PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    }

    private static String text(String simpleName) {
        String resource = resource(simpleName);
        try (InputStream in = RuntimeSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the generator-runtime jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(DECLARATION)) {
                throw new IllegalStateException(resource + " does not declare " + DECLARATION);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
