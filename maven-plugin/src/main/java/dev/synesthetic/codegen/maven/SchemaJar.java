package dev.synesthetic.codegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The schema files of a released jar as a folder: the {@code *.json} entries below a path of the jar
 * (the whole jar but {@code META-INF/} when the path is empty), copied into a fresh folder so the old
 * side loads as any schema folder does.
 */
final class SchemaJar {
    private SchemaJar() {}

    static Path extract(Path jar, String pathInJar, Path into) throws MojoExecutionException, IOException {
        String prefix = prefix(pathInJar);
        deleteTree(into);
        Files.createDirectories(into);
        int copied = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()
                        || !name.startsWith(prefix)
                        || !name.endsWith(".json")
                        || (prefix.isEmpty() && name.startsWith("META-INF/"))) {
                    continue;
                }
                Path target = into.resolve(name.substring(prefix.length())).normalize();
                if (!target.startsWith(into)) { // an entry named ../x must not land outside the folder
                    throw new MojoExecutionException(
                            "synesthetic-codegen: " + jar + ": entry " + name + " points outside its folder");
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                copied++;
            }
        }
        if (copied == 0) {
            throw new MojoExecutionException("synesthetic-codegen: " + jar + " has no *.json schema files below "
                    + (prefix.isEmpty() ? "its root" : prefix) + "; set <oldArtifactPath> to the folder inside the jar"
                    + " that holds them");
        }
        return into;
    }

    /** "schemas", "/schemas/" → "schemas/"; "" or "/" → "" (the jar's root). */
    private static String prefix(String pathInJar) {
        String path = pathInJar == null ? "" : pathInJar.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.isEmpty() || path.endsWith("/") ? path : path + "/";
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
