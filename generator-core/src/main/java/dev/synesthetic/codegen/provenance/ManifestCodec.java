package dev.synesthetic.codegen.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes {@link Manifest} as JSON: keys in a fixed order, two-space indent, LF line
 * endings whatever the platform, so the manifest is as deterministic as the sources.
 */
public final class ManifestCodec {
    /** Marks the JSON as ours, so a stale manifest can be recognised and removed. */
    public static final String GENERATOR = "synesthetic-codegen";

    private ManifestCodec() {}

    public static String write(Manifest manifest) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("generator", GENERATOR);
        root.put("generatorVersion", manifest.generatorVersion());
        manifest.schemaVersion().ifPresent(v -> root.put("schemaVersion", v));
        root.put("package", manifest.packageName());
        ObjectNode schemas = root.putObject("schemas");
        manifest.schemas().forEach(schemas::put);
        ObjectNode files = root.putObject("files");
        manifest.files().forEach((path, entry) -> {
            ObjectNode file = files.putObject(path);
            file.put("sha256", entry.sha256());
            entry.source().ifPresent(s -> file.put("source", s));
        });
        return JsonTrees.writePretty(root) + "\n";
    }

    /** Parses a manifest; empty when the text is not one of ours. */
    public static Optional<Manifest> read(String json) {
        try {
            JsonNode root = JsonTrees.parse(json);
            if (root == null || !GENERATOR.equals(root.path("generator").asText())) {
                return Optional.empty();
            }
            Map<String, String> schemas = new TreeMap<>();
            root.path("schemas")
                    .fields()
                    .forEachRemaining(e -> schemas.put(e.getKey(), e.getValue().asText()));
            Map<String, Manifest.FileEntry> files = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode source = e.getValue().path("source");
                files.put(
                        e.getKey(),
                        new Manifest.FileEntry(
                                e.getValue().path("sha256").asText(),
                                source.isTextual() ? Optional.of(source.asText()) : Optional.empty()));
            }
            JsonNode version = root.path("schemaVersion");
            return Optional.of(Manifest.of(
                    root.path("generatorVersion").asText(),
                    version.isTextual() ? Optional.of(version.asText()) : Optional.empty(),
                    root.path("package").asText(),
                    schemas,
                    files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
