package dev.synesthetic.codegen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A validator cache entry's {@code manifest.json}: the key's full text (a stale or colliding entry is
 * told apart from the right one), the SHA-256 of each class file, and the rest of {@link
 * CompiledValidators}. Written last, so an entry without a whole manifest is never read as whole.
 * Every kind's manifest starts with the same {@link #header} (the generation cache's holds no more
 * than that and its one file's digest).
 */
record CacheManifest(
        String key,
        SortedMap<String, String> classDigests,
        SortedMap<String, String> validators,
        SortedSet<String> keepsSchemaKey,
        SortedMap<String, String> rootRecords,
        List<String> warnings) {
    static final String FILE = "manifest.json";

    /** A binary class name, and nothing a path could climb out of the entry with. */
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    /** An entry that cannot be trusted: the reason is reported, the entry rebuilt. */
    static final class CorruptEntry extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptEntry(String reason) {
            super(reason);
        }
    }

    /** What every kind's manifest starts with: the entry layout and the key's full text. */
    static ObjectNode header(String key) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("layout", CacheKey.LAYOUT);
        root.put("key", key);
        return root;
    }

    String write() {
        ObjectNode root = header(key);
        root.set("classes", map(classDigests));
        root.set("validators", map(validators));
        ArrayNode keeps = root.putArray("keepsSchemaKey");
        keepsSchemaKey.forEach(keeps::add);
        root.set("rootRecords", map(rootRecords));
        ArrayNode notes = root.putArray("warnings");
        warnings.forEach(notes::add);
        return JsonTrees.write(root, true);
    }

    static ObjectNode map(Map<String, String> entries) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        entries.forEach(object::put);
        return object;
    }

    static CacheManifest read(byte[] bytes) throws CorruptEntry {
        JsonNode root = parse(bytes);
        SortedMap<String, String> classes = strings(root, "classes");
        for (String name : classes.keySet()) {
            if (!CLASS_NAME.matcher(name).matches()) {
                throw new CorruptEntry("its manifest names a class '" + name + "'");
            }
        }
        return new CacheManifest(
                root.get("key").textValue(),
                classes,
                strings(root, "validators"),
                new TreeSet<>(list(root, "keepsSchemaKey")),
                strings(root, "rootRecords"),
                list(root, "warnings"));
    }

    /** A manifest of any kind, its {@link #header} checked. */
    static JsonNode parse(byte[] bytes) throws CorruptEntry {
        JsonNode root;
        try {
            root = JsonTrees.parse(bytes);
        } catch (IOException e) {
            throw new CorruptEntry("its manifest is not whole JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null
                || root.path("layout").asInt(-1) != CacheKey.LAYOUT
                || !root.path("key").isTextual()) {
            throw new CorruptEntry("its manifest has another layout");
        }
        return root;
    }

    /** A manifest's key text must be this run's whole key (the folder name is only its digest). */
    static void requireKey(String manifestKey, CacheKey key) throws CorruptEntry {
        if (!manifestKey.equals(key.text())) {
            throw new CorruptEntry("stale: its manifest's key is not this run's");
        }
    }

    static SortedMap<String, String> strings(JsonNode root, String field) throws CorruptEntry {
        JsonNode object = root.path(field);
        if (!object.isObject()) {
            throw new CorruptEntry("its manifest has no \"" + field + "\"");
        }
        SortedMap<String, String> entries = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw new CorruptEntry("its manifest's \"" + field + "\" holds a non-string");
            }
            entries.put(entry.getKey(), entry.getValue().textValue());
        }
        return entries;
    }

    private static List<String> list(JsonNode root, String field) throws CorruptEntry {
        JsonNode array = root.path(field);
        if (!array.isArray()) {
            throw new CorruptEntry("its manifest has no \"" + field + "\"");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new CorruptEntry("its manifest's \"" + field + "\" holds a non-string");
            }
            items.add(item.textValue());
        }
        return items;
    }
}
