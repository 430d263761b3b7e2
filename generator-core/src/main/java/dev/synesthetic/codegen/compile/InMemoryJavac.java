package dev.synesthetic.codegen.compile;

import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory, so a front end runs exactly the code {@code generate} would
 * write. The class path is the caller's to give: the CLI's is its JVM's, a Maven plugin's is its
 * own class realm (Maven's JVM class path holds only Maven's launcher).
 */
public final class InMemoryJavac {
    private InMemoryJavac() {}

    /**
     * The class files of the {@code .java} files among {@code files}, compiled for Java 17 against
     * {@code classPath}; but for the runtime's own sources in its own package ({@link
     * RuntimeSources#isOwnRuntime}), whose classes {@code classPath} must then hold (the generator's
     * does) and {@link CompiledClasses#loader} defines from there.
     */
    public static CompiledClasses compile(List<GeneratedFile> files, List<Path> classPath) throws CompileException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CompileException("compiling the generated validators needs a JDK, not a JRE", true);
        }
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.relativePath().endsWith(".java") && !RuntimeSources.isOwnRuntime(file)) {
                sources.add(new Source(file));
            }
        }
        if (sources.isEmpty()) {
            return new CompiledClasses(new TreeMap<>()); // javac refuses a task with no sources
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
            // No source path: javac would otherwise read the runtime's .java files in the jars as sources.
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
            String path =
                    classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
            List<String> options = options(Runtime.version().feature(), path);
            if (!javac.getTask(new StringWriter(), manager, problems, options, null, sources)
                    .call()) {
                throw new CompileException("the generated code does not compile:\n" + problems.getDiagnostics(), false);
            }
        } catch (IOException e) {
            throw new CompileException(e.getMessage(), false);
        }
        TreeMap<String, byte[]> compiled = new TreeMap<>();
        classes.forEach((name, bytes) -> compiled.put(name, bytes.toByteArray()));
        return new CompiledClasses(compiled);
    }

    /**
     * javac's options on a JDK of the given feature version. {@code --release 17} opens the JDK's
     * ct.sym archive (2% of a cold validate's CPU); a JDK 17's own API is release 17's.
     */
    static List<String> options(int feature, String classPath) {
        List<String> options = new ArrayList<>();
        if (feature != 17) {
            options.addAll(List.of("--release", "17"));
        }
        options.addAll(List.of("-proc:none", "-classpath", classPath));
        return options;
    }

    /** The class path of this JVM ({@code java.class.path}), for a front end whose classes are all on it. */
    public static List<Path> jvmClassPath() {
        String path = System.getProperty("java.class.path", "");
        List<Path> entries = new ArrayList<>();
        for (String entry : path.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
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
