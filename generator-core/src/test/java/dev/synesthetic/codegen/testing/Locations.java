package dev.synesthetic.codegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project root and the shared, read-only data beside it. */
public final class Locations {
    private Locations() {}

    public static Path projectRoot() {
        String configured = System.getProperty("project.root");
        Path root = configured != null
                ? Path.of(configured)
                : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    public static Path shared() {
        String configured = System.getProperty("shared.dir");
        Path shared = configured != null ? Path.of(configured) : projectRoot().resolveSibling("shared");
        shared = shared.toAbsolutePath().normalize();
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("the shared data folder is missing: " + shared
                    + " (tests expect ../shared beside the project root)");
        }
        return shared;
    }

    public static Path synestheticSchemas() {
        return shared().resolve("synesthetic-schemas/jsonschema");
    }

    public static Path fixtures() {
        return projectRoot().resolve("schemas");
    }

    public static Path golden() {
        return projectRoot().resolve("golden");
    }
}
