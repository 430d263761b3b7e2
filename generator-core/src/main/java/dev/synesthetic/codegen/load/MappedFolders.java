package dev.synesthetic.codegen.load;

import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the {@code *.json} files of the {@code $id}-mapped folders that lie outside the schema folder
 * (a copy of the official meta-schemas for {@code https://json-schema.org/}): the corpus's library.
 * A folder inside the schema folder is read with the corpus already. Each file is named by its
 * prefix without the scheme plus its path in the folder ({@code json-schema.org/draft/2020-12/schema.json}),
 * so messages and generated names do not depend on where the copy lives.
 */
public final class MappedFolders {
    private final CorpusLoader loader;
    private final Path root;

    MappedFolders(CorpusLoader loader, Path root) {
        this.loader = loader;
        this.root = root;
    }

    /** The files, parsed; their drafts are decided with the corpus's ({@link MetaSchemas}). */
    List<ParsedFile> load(Map<String, Path> idPrefixes, Diagnostics diagnostics) {
        List<ParsedFile> library = new ArrayList<>();
        for (Map.Entry<String, Path> mapping : outside(root, idPrefixes).entrySet()) {
            Path folder = mapping.getValue();
            if (!Files.isDirectory(folder)) {
                diagnostics.error(
                        DiagnosticCode.CORPUS_IO,
                        null,
                        "the folder mapped to " + mapping.getKey() + " does not exist: " + folder,
                        "Check the folder given with --map-id " + mapping.getKey() + "=DIR (idPrefixes).");
                continue;
            }
            String name = withoutScheme(mapping.getKey());
            for (Path file : files(folder, diagnostics)) {
                String relative = name + CorpusLoader.relativePath(folder, file);
                loader.parse(file, relative, diagnostics)
                        .ifPresent(json -> library.add(new ParsedFile(relative, file.toUri(), json)));
            }
        }
        library.sort(Comparator.comparing(ParsedFile::relativePath));
        return library;
    }

    /**
     * The folders read as the library, by the prefix each is read under: those of {@code idPrefixes}
     * outside {@code root} (absolute and normalized), each once (a folder mapped under two prefixes,
     * http and https, is named by the first in sorted order).
     */
    public static Map<String, Path> outside(Path root, Map<String, Path> idPrefixes) {
        Map<String, Path> folders = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (Map.Entry<String, Path> mapping : new TreeMap<>(idPrefixes).entrySet()) {
            Path folder = root.resolve(mapping.getValue()).toAbsolutePath().normalize();
            if (!folder.startsWith(root) && seen.add(folder)) {
                folders.put(mapping.getKey(), folder);
            }
        }
        return folders;
    }

    /** The files of a library folder {@link #load} reads, in its order. */
    public static List<Path> files(Path folder) throws IOException {
        return CorpusLoader.walk(folder).stream()
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .sorted(Comparator.comparing(p -> CorpusLoader.relativePath(folder, p)))
                .toList();
    }

    private static List<Path> files(Path folder, Diagnostics diagnostics) {
        try {
            return files(folder);
        } catch (IOException e) {
            diagnostics.error(
                    DiagnosticCode.CORPUS_IO,
                    null,
                    "cannot list " + folder + ": " + e.getMessage(),
                    "Check that the folder is readable.");
            return List.of();
        }
    }

    /** {@code https://json-schema.org/} → {@code json-schema.org/}; ends with {@code /} so a path follows. */
    static String withoutScheme(String prefix) {
        String name = prefix.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:(//)?", "").replace(':', '/');
        return name.isEmpty() || name.endsWith("/") ? name : name + "/";
    }
}
