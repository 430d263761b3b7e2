package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which old schema file is which new one: the same root {@code $id} once version segments are
 * taken out of its path ({@code /0.7.3/}, {@code /v1/}), else the same file path, else the one
 * unpaired file of the same name.
 */
final class SchemaPairing {
    /** A path segment that is a version: 1, v2, 0.7.3, 1.0.0-rc.1. */
    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*([-+][0-9A-Za-z.-]+)?");

    private SchemaPairing() {}

    /** New file → old file, for every new file that has a counterpart. */
    static Map<String, String> pair(Map<String, SchemaDocument> oldFiles, Map<String, SchemaDocument> newFiles) {
        Map<String, String> oldByKey = new TreeMap<>();
        oldFiles.forEach((file, doc) -> oldByKey.putIfAbsent(key(doc), file));
        Map<String, String> pairs = new TreeMap<>();
        newFiles.forEach((file, doc) -> {
            String old = oldByKey.get(key(doc));
            if (old == null && oldFiles.containsKey(file)) {
                old = file;
            }
            if (old != null && !pairs.containsValue(old)) {
                pairs.put(file, old);
            }
        });
        byFileName(oldFiles.keySet(), newFiles.keySet(), pairs);
        return pairs;
    }

    /**
     * Last resort, for a renamed {@code $id} in a folder laid out differently (a history snapshot's
     * root holds {@code jsonschema/…}): the one unpaired old file of the same file name.
     */
    private static void byFileName(Set<String> oldFiles, Set<String> newFiles, Map<String, String> pairs) {
        Map<String, List<String>> oldByName = new TreeMap<>();
        oldFiles.stream()
                .filter(file -> !pairs.containsValue(file))
                .forEach(file -> oldByName
                        .computeIfAbsent(name(file), k -> new ArrayList<>())
                        .add(file));
        Map<String, List<String>> newByName = new TreeMap<>();
        newFiles.stream()
                .filter(file -> !pairs.containsKey(file))
                .forEach(file -> newByName
                        .computeIfAbsent(name(file), k -> new ArrayList<>())
                        .add(file));
        newByName.forEach((name, files) -> {
            List<String> olds = oldByName.getOrDefault(name, List.of());
            if (files.size() == 1 && olds.size() == 1) {
                pairs.put(files.get(0), olds.get(0));
            }
        });
    }

    private static String name(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String key(SchemaDocument document) {
        JsonNode id = Keywords.id(document.draft()).pathIn(document.root());
        return id.isTextual() && !id.asText().isBlank() ? key(id.asText()) : "file:" + document.relativePath();
    }

    /** A URI with its fragment kept but its version path segments removed. */
    static String key(String uri) {
        StringBuilder out = new StringBuilder();
        int hash = uri.indexOf('#');
        String path = hash < 0 ? uri : uri.substring(0, hash);
        for (String segment : path.split("/", -1)) {
            if (!VERSION.matcher(segment).matches()) {
                out.append(segment).append('/');
            }
        }
        return out + (hash < 0 ? "" : uri.substring(hash));
    }
}
