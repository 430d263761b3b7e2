package dev.synesthetic.codegen.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options a project keeps in its settings file, shared by the CLI and the Maven plugin so CI
 * and the build cannot disagree about paths or package. Every field is optional; the front end
 * fills gaps from its own flags and defaults. Paths are already resolved against the file's folder.
 */
public record Settings(
    Optional<Path> schemas,
    Optional<Path> output,
    Optional<String> packageName,
    Map<String, Path> idPrefixes,
    List<String> ignoreLines,
    Optional<String> jackson,
    Optional<String> defaultDraft,
    Optional<Boolean> strict,
    Optional<Boolean> validators,
    Optional<Boolean> readers,
    Optional<Boolean> formatAssertions,
    Optional<Boolean> validatorsOnly) {

  public static final Settings EMPTY = new Settings(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public Settings {
    idPrefixes = Map.copyOf(idPrefixes);
    ignoreLines = List.copyOf(ignoreLines);
  }
}
