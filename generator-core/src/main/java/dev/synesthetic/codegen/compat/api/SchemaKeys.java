package dev.synesthetic.codegen.compat.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The identity of a schema location across versions of a corpus: the file's {@code $id} (its path
 * when it declares none) without fragment and without version segments ({@code /0.7.3/},
 * {@code /v2/}), then the JSON Pointer. A bump that moves every {@code $id} to a new version folder
 * still pairs each schema with its predecessor.
 */
final class SchemaKeys {
    /** A path segment that names a version: {@code 0.7.3}, {@code 1.0.0-rc.1}, {@code v2}, {@code v1.2}. */
    private static final Pattern VERSION_SEGMENT =
            Pattern.compile("(?<=/|^)(v\\d+(\\.\\d+)*|\\d+(\\.\\d+)+)([-+][0-9A-Za-z.-]+)?/");

    private final Path folder;
    private final Map<String, JsonNode> loaded = new HashMap<>();
    private final Map<String, String> fileKeys = new HashMap<>();

    /** Keys of the files of {@code corpus}, loaded from {@code folder}; other files are read when asked for. */
    SchemaKeys(Path folder, Corpus corpus) {
        this.folder = folder;
        corpus.allDocuments().forEach(document -> loaded.put(document.relativePath(), document.root()));
    }

    String of(SourceLocation location) {
        return file(location.file()) + "#" + location.pointer();
    }

    /** The key of a schema file: its version-free {@code $id}, else its version-free path. */
    String file(String relativePath) {
        return fileKeys.computeIfAbsent(relativePath, path -> withoutVersions(id(path)));
    }

    static String withoutVersions(String uri) {
        int fragment = uri.indexOf('#');
        String base = fragment < 0 ? uri : uri.substring(0, fragment);
        return VERSION_SEGMENT.matcher(base).replaceAll("");
    }

    private String id(String relativePath) {
        // the generator has read and accepted each file already; one it cannot reach is keyed by path
        try {
            JsonNode root = loaded.containsKey(relativePath)
                    ? loaded.get(relativePath)
                    : JsonTrees.parse(Files.readString(folder.resolve(relativePath)));
            for (Keyword keyword : List.of(Keywords.ID, Keywords.DRAFT_04_ID)) {
                JsonNode id = root == null ? null : root.get(keyword.name());
                if (id != null && id.isTextual()) {
                    return id.asText();
                }
            }
            return relativePath;
        } catch (IOException | RuntimeException e) {
            return relativePath;
        }
    }
}
