package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.compile.CompileException;
import dev.synesthetic.codegen.compile.InMemoryJavac;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.List;
import java.util.Map;

/**
 * Compiles generated sources in memory (core's {@link InMemoryJavac} against this JVM's class path),
 * so {@code validate} runs exactly the code {@code generate} would write: the CLI and the generated
 * code can never disagree. What it gives is what the validator cache stores.
 */
final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /** The class files of the {@code .java} files among {@code files}, by binary name. */
    static Map<String, byte[]> compile(List<GeneratedFile> files) throws CliFailure {
        try {
            return InMemoryJavac.compile(files, InMemoryJavac.jvmClassPath()).classes();
        } catch (CompileException e) {
            throw new CliFailure(
                    ExitCodes.IO,
                    e.noCompiler()
                            ? "error: validate compiles the generated validators and needs a JDK, not a JRE"
                            : "error: internal: " + e.getMessage());
        }
    }
}
