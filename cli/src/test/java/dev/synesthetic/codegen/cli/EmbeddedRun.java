package dev.synesthetic.codegen.cli;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A host application running the CLI in a class loader of its own ({@code mvn exec:java}, an IDE
 * plugin): its JVM's {@code java.class.path} holds only this class, the CLI and its runtime come from
 * the loader. Arguments: the loader's class path, then the command line.
 */
public final class EmbeddedRun {
    private EmbeddedRun() {}

    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : args[0].split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        loader.loadClass("dev.synesthetic.codegen.cli.Main")
                .getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
