package dev.synesthetic.codegen.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.support.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code synesthetic-codegen.json}:
 *
 * <pre>{@code
 * {
 *   "schemas": "schemas/jsonschema",
 *   "output": "src/main/java",
 *   "package": "com.example.model",
 *   "idPrefixes": {"https://example.com/vendor/": "vendor"},
 *   "ignoreLines": ["^// Generated on"],
 *   "jackson": "2.21",
 *   "defaultDraft": "07",
 *   "strict": true,
 *   "validators": true
 * }
 * }</pre>
 *
 * Relative paths are relative to the file's folder. Unknown keys are errors, so a typo cannot be
 * silently ignored.
 */
public final class SettingsFile {
  /** The name both front ends look for in the working folder / project folder. */
  public static final String DEFAULT_NAME = "synesthetic-codegen.json";

  private static final Set<String> KEYS = Set.of("schemas", "output", "package", "idPrefixes", "ignoreLines", "jackson", "defaultDraft", "strict",
      "validators", "readers", "formatAssertions", "validatorsOnly");

  private SettingsFile() {}

  /** Thrown for a settings file that cannot be used; the message names the file and the key. */
  public static final class InvalidSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidSettingsException(Path file, String problem) {
      super(file + ": " + problem);
    }
  }

  public static Settings read(Path file) throws IOException, InvalidSettingsException {
    JsonNode root;
    try {
      root = JsonTrees.parse(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new InvalidSettingsException(file, "not valid JSON: " + JsonTrees.describe(e));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidSettingsException(file, "must hold one JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KEYS.contains(key)) {
        throw new InvalidSettingsException(file, "unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
      }
    }
    Path folder = file.toAbsolutePath().getParent();
    return new Settings(
        path(root, "schemas", folder, file),
        path(root, "output", folder, file),
        text(root, "package", file),
        idPrefixes(root, folder, file),
        ignoreLines(root, file),
        text(root, "jackson", file),
        draft(root, file),
        flag(root, "strict", file),
        flag(root, "validators", file),
        flag(root, "readers", file),
        flag(root, "formatAssertions", file),
        flag(root, "validatorsOnly", file));
  }

  private static Optional<Boolean> flag(JsonNode root, String key, Path file) throws InvalidSettingsException {
    JsonNode value = root.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw new InvalidSettingsException(file, "'" + key + "' must be true or false");
    }
    return Optional.of(value.booleanValue());
  }

  private static Optional<Path> path(JsonNode root, String key, Path folder, Path file) throws InvalidSettingsException {
    return text(root, key, file).map(folder::resolve).map(Path::normalize);
  }

  private static Optional<String> text(JsonNode root, String key, Path file) throws InvalidSettingsException {
    JsonNode value = root.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      throw new InvalidSettingsException(file, "'" + key + "' must be a non-empty string");
    }
    return Optional.of(value.textValue());
  }

  /** {@code defaultDraft}: the draft of schema files without {@code $schema}; checked here so the key is named. */
  private static Optional<String> draft(JsonNode root, Path file) throws InvalidSettingsException {
    Optional<String> value = text(root, "defaultDraft", file);
    if (value.isPresent()) {
      try {
        dev.synesthetic.codegen.load.Draft.parse(value.get());
      } catch (IllegalArgumentException e) {
        throw new InvalidSettingsException(file, "'defaultDraft': " + e.getMessage());
      }
    }
    return value;
  }

  private static Map<String, Path> idPrefixes(JsonNode root, Path folder, Path file) throws InvalidSettingsException {
    Map<String, Path> prefixes = new TreeMap<>();
    JsonNode value = root.get("idPrefixes");
    if (value == null) {
      return prefixes;
    }
    if (!value.isObject()) {
      throw new InvalidSettingsException(file, "'idPrefixes' must map $id prefixes to folders");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getValue().isTextual()) {
        throw new InvalidSettingsException(file, "'idPrefixes' value for '" + entry.getKey() + "' must be a folder path");
      }
      prefixes.put(entry.getKey(), Path.of(entry.getValue().textValue()));
    }
    return prefixes;
  }

  private static List<String> ignoreLines(JsonNode root, Path file) throws InvalidSettingsException {
    List<String> patterns = new ArrayList<>();
    JsonNode value = root.get("ignoreLines");
    if (value == null) {
      return patterns;
    }
    if (!value.isArray()) {
      throw new InvalidSettingsException(file, "'ignoreLines' must be an array of regular expressions");
    }
    for (JsonNode pattern : value) {
      if (!pattern.isTextual()) {
        throw new InvalidSettingsException(file, "'ignoreLines' entries must be strings");
      }
      patterns.add(pattern.textValue());
    }
    return patterns;
  }
}
