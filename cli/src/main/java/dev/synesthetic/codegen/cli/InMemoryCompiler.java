package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synesthetic.codegen.compile.CompileException;
import dev.synesthetic.codegen.compile.InMemoryJavac;
import dev.synesthetic.codegen.runtime.Violation;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles generated sources in memory (core's {@link InMemoryJavac}) for {@code validate
 * --round-trip}, so it binds with exactly the records and validators {@code generate} would write.
 * What it gives is what the validator cache stores. (Validators alone are written as class files,
 * no compiler: {@link CodegenCommand#generateValidators}.)
 */
final class InMemoryCompiler {
    /**
     * What the generated code compiles against: the runtime, and the libraries records import. Their
     * classes are found where they were loaded from, so a CLI run inside a host's class loader (its
     * JVM's {@code java.class.path} holds none of them) compiles too.
     */
    private static final List<Class<?>> COMPILED_AGAINST =
            List.of(Violation.class, JsonProperty.class, ObjectMapper.class, Nullable.class);

    private InMemoryCompiler() {}

    /** The class files of the {@code .java} files among {@code files}, by binary name. */
    static Map<String, byte[]> compile(List<GeneratedFile> files) throws CliFailure {
        try {
            return InMemoryJavac.compile(files, classPath()).classes();
        } catch (CompileException e) {
            throw new CliFailure(
                    ExitCodes.IO,
                    e.noCompiler()
                            ? "error: validate --round-trip compiles the generated records and validators with javac,"
                                    + " which needs a JDK, not a JRE: run it on a JDK (validate without --round-trip"
                                    + " needs none)"
                            : "error: internal: " + e.getMessage());
        }
    }

    /** This JVM's class path, then where {@link #COMPILED_AGAINST}'s classes come from. */
    static List<Path> classPath() {
        Set<Path> path = new LinkedHashSet<>(InMemoryJavac.jvmClassPath());
        COMPILED_AGAINST.forEach(type -> location(type).ifPresent(path::add));
        return List.copyOf(path);
    }

    /**
     * Whether this Java has a compiler ({@code jdk.compiler}): a JRE has none, and neither {@code
     * validate --round-trip} nor {@code compat}'s Java API comparison (which parses the sources) can run.
     */
    static boolean hasCompiler() {
        try {
            return ToolProvider.getSystemJavaCompiler() != null;
        } catch (LinkageError noJavaxTools) { // a runtime image without java.compiler
            return false;
        }
    }

    /** The jar or folder {@code type} was loaded from; empty when it is not a file (a jrt image, a nested jar). */
    static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.exists(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
