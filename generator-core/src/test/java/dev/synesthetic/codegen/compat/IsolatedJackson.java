package dev.synesthetic.codegen.compat;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.synesthetic.codegen.GenerationResult;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Generated records compiled against one set of old Jackson jars (copied to {@code target/} by the
 * build) and bound by another, in a class loader of its own: what a project pinned to that Jackson
 * gets. Mappers are reached by reflection, since the test's own Jackson is a different one.
 */
final class IsolatedJackson {
    private final URLClassLoader loader;
    private final String packageName;

    private IsolatedJackson(URLClassLoader loader, String packageName) {
        this.loader = loader;
        this.packageName = packageName;
    }

    /**
     * Compiles the generated Java files with only jackson-annotations and JSpecify from
     * {@code compileJars} (all the records may need) and loads them with every jar of
     * {@code runtimeJars}.
     */
    static IsolatedJackson load(
            GenerationResult result, String packageName, Path compileJars, Path runtimeJars, Path classes)
            throws IOException {
        List<JavaFileObject> sources = result.files().stream()
                .filter(f -> f.relativePath().endsWith(".java"))
                .map(f -> JavaFileObjects.forSourceString(
                        f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
                .toList();
        List<File> classpath = jars(compileJars).stream()
                .filter(p -> p.getFileName().toString().matches("(jackson-annotations|jspecify)-.*"))
                .map(Path::toFile)
                .toList();
        assertThat(classpath).hasSize(2);

        Compilation compilation = javac().withOptions("--release", "17", "-Xlint:all", "-Werror")
                .withClasspath(classpath)
                .compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject compiled : compilation.generatedFiles()) {
            Path target = classes.resolve(compiled.getName().replaceFirst("^/?CLASS_OUTPUT/", ""));
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                compiled.openInputStream().transferTo(out);
            }
        }
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Path jar : jars(runtimeJars)) {
            urls.add(jar.toUri().toURL());
        }
        return new IsolatedJackson(
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()), packageName);
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The jar names on the run-time class path, to pin which Jackson a test really ran. */
    List<String> jarNames() {
        return Stream.of(loader.getURLs())
                .map(URL::getPath)
                .filter(p -> p.endsWith(".jar"))
                .map(p -> p.substring(p.lastIndexOf('/') + 1))
                .toList();
    }

    /** An ObjectMapper set up as the README says for Jackson 2. */
    Object documentedMapper() throws Exception {
        Class<?> mapperClass = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
        Object mapper = mapperClass.getConstructor().newInstance();
        Class<?> module = loader.loadClass("com.fasterxml.jackson.databind.Module");
        for (String name : List.of(
                "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")) {
            mapperClass
                    .getMethod("registerModule", module)
                    .invoke(mapper, loader.loadClass(name).getConstructor().newInstance());
        }
        configure(mapper, "DeserializationFeature", "USE_BIG_DECIMAL_FOR_FLOATS", true);
        configure(mapper, "DeserializationFeature", "ADJUST_DATES_TO_CONTEXT_TIME_ZONE", false);
        configure(mapper, "SerializationFeature", "WRITE_DATES_AS_TIMESTAMPS", false);
        return mapper;
    }

    /** {@code JsonMapper.builder().findAndAddModules().build()}: the modules on the class path, nothing else. */
    Object defaultMapper() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // findAndAddModules looks modules up through it
        try {
            Object builder = loader.loadClass("com.fasterxml.jackson.databind.json.JsonMapper")
                    .getMethod("builder")
                    .invoke(null);
            Class<?> builderClass = loader.loadClass("com.fasterxml.jackson.databind.cfg.MapperBuilder");
            builderClass.getMethod("findAndAddModules").invoke(builder);
            return builderClass.getMethod("build").invoke(builder);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void configure(Object mapper, String type, String feature, boolean on) throws Exception {
        Class featureClass = loader.loadClass("com.fasterxml.jackson.databind." + type);
        mapper.getClass()
                .getMethod("configure", featureClass, boolean.class)
                .invoke(mapper, Enum.valueOf(featureClass, feature), on);
    }

    /** Binds {@code json} to the generated {@code record} with {@code mapper} and writes it back. */
    String roundTrip(Object mapper, String json, String record) throws Exception {
        Class<?> type = loader.loadClass(packageName + "." + record);
        Method read = mapper.getClass().getMethod("readValue", String.class, Class.class);
        Method write = mapper.getClass().getMethod("writeValueAsString", Object.class);
        try {
            return (String) write.invoke(mapper, read.invoke(mapper, json, type));
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new AssertionError(record + ": " + e.getCause(), e.getCause());
        }
    }
}
