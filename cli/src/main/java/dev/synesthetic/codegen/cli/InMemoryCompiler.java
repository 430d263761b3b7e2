package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synesthetic.codegen.compile.CompileException;
import dev.synesthetic.codegen.compile.InMemoryJavac;
import dev.synesthetic.codegen.emit.RuntimeSources;
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
import org.jspecify.annotations.Nullable;

/**
 * Compiles generated sources in memory (core's {@link InMemoryJavac}), so {@code validate} runs
 * exactly the code {@code generate} would write: the CLI and the generated code can never disagree.
 * What it gives is what the validator cache stores.
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
                            ? "error: validate compiles the generated validators and needs a JDK, not a JRE"
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
     * The package validators go into: the runtime's own when the runtime's jar or class folder can be
     * read (only the validators are then built, their class files written directly: {@link
     * CodegenCommand#generateValidators}), else {@code otherwise}, with their own copy of the runtime,
     * compiled here.
     */
    static String validatorPackage(String otherwise) {
        return location(Violation.class).isPresent() ? RuntimeSources.PACKAGE : otherwise;
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
