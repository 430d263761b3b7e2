package dev.synesthetic.doctests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the documentation and the files it speaks of live. */
final class Project {
    private Project() {}

    /** The project root (the build passes it; {@code ..} when run from this module's folder). */
    static Path root() {
        return Path.of(System.getProperty("project.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static Path readme() {
        return root().resolve("README.md");
    }

    /** A topic page in docs/. */
    static Path page(String name) {
        return root().resolve("docs").resolve(name);
    }

    /** README.md and every page in docs/, in name order. */
    static List<Path> pages() throws java.io.IOException {
        List<Path> pages = new ArrayList<>(List.of(readme()));
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
