package dev.synesthetic.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a README Java snippet as written (one public class, {@code -Xlint:all -Werror}) against
 * the test class path, which holds the committed Synesthetic records, and loads it.
 */
final class JavaSnippets {
    private JavaSnippets() {}

    /** The snippet {@code name} of the README, compiled into {@code classes} and loaded. */
    static Class<?> compile(String name, Path classes) throws Exception {
        Markdown.Snippet snippet = Markdown.read(Project.readme()).snippet(name);
        assertThat(snippet.language()).isEqualTo("java");
        String className = snippet.text()
                .lines()
                .map(line -> line.replaceFirst("^public (?:final )?class (\\w+).*", "$1"))
                .filter(simple -> simple.matches("\\w+"))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("the " + name + " snippet declares no public class:\n" + snippet.text()));
        Path source = Files.createDirectories(classes.resolve("src")).resolve(className + ".java");
        Files.writeString(source, snippet.text());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(
                        messages,
                        null,
                        null,
                        List.of("-classpath", classPath, "-d", classes.toString(), "-Xlint:all", "-Werror"),
                        null,
                        javac.getStandardFileManager(null, Locale.ROOT, null).getJavaFileObjects(source.toFile()))
                .call();
        assertThat(compiled)
                .as("the README's %s snippet compiles:%n%s", name, messages)
                .isTrue();
        URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaSnippets.class.getClassLoader());
        return loader.loadClass(className);
    }
}
