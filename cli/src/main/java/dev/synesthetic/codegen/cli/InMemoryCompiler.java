package dev.synesthetic.codegen.cli;

import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory, so {@code validate} runs exactly the code {@code generate}
 * would write: the CLI and the generated code can never disagree.
 */
final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /** The class files of the {@code .java} files among {@code files}, by binary name. */
    static Map<String, byte[]> compile(List<GeneratedFile> files) throws CliFailure {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CliFailure(
                    ExitCodes.IO, "error: validate compiles the generated validators and needs a JDK, not a JRE");
        }
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.relativePath().endsWith(".java")) {
                sources.add(new Source(file));
            }
        }
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(problems, Locale.ROOT, null);
        try (ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                    Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                    }
                };
            }
        }) {
            StringWriter output = new StringWriter();
            List<String> options = options(Runtime.version().feature(), System.getProperty("java.class.path"));
            if (!javac.getTask(output, manager, problems, options, null, sources)
                    .call()) {
                throw new CliFailure(
                        ExitCodes.IO,
                        "error: internal: the generated code does not compile:\n" + problems.getDiagnostics());
            }
        } catch (java.io.IOException e) {
            throw new CliFailure(ExitCodes.IO, "error: internal: " + e.getMessage());
        }
        Map<String, byte[]> compiled = new TreeMap<>();
        classes.forEach((name, bytes) -> compiled.put(name, bytes.toByteArray()));
        return compiled;
    }

    /**
     * javac's options on a JDK of the given feature version. {@code --release 17} opens the JDK's
     * ct.sym archive (2% of a cold run's CPU); a JDK 17's own API is release 17's.
     */
    static List<String> options(int feature, String classPath) {
        List<String> options = new ArrayList<>();
        if (feature != 17) {
            options.addAll(List.of("--release", "17"));
        }
        options.addAll(List.of("-proc:none", "-classpath", classPath));
        return options;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("mem:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
