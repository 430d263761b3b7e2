package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.runtime.Violation;
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
    /** The runtime's own package, named through a public runtime class so a move breaks the build. */
    static final String PACKAGE = Violation.class.getPackageName();

    private static final String DECLARATION = "package " + PACKAGE + ";";

    private RuntimeSources() {}

    /**
     * The source of the runtime class {@code simpleName}, declared in {@code packageName} (no
     * declaration for the unnamed package).
     */
    public static String source(String simpleName, String packageName) {
        String resource = "/" + PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
        try (InputStream in = RuntimeSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the generator-runtime jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(DECLARATION)) {
                throw new IllegalStateException(resource + " does not declare " + DECLARATION);
            }
            return text.replace(DECLARATION, packageName.isEmpty() ? "" : "package " + packageName + ";");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
