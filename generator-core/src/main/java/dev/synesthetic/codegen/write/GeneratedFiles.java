package dev.synesthetic.codegen.write;

import dev.synesthetic.codegen.provenance.Manifest;
import dev.synesthetic.codegen.provenance.ManifestCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recognises files the generator owns: Java sources whose first line is {@link
 * GeneratedFile#MARKER}, and manifests. Nothing else in an output folder is ever deleted or
 * reported as an orphan.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  public static boolean isGenerated(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.equals(Manifest.FILE_NAME)) {
      return ManifestCodec.read(Files.readString(file, StandardCharsets.UTF_8)).isPresent();
    }
    if (!name.endsWith(".java")) {
      return false;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return GeneratedFile.MARKER.equals(reader.readLine());
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Every generated file below {@code root}, sorted; empty when the folder does not exist. */
  public static List<Path> below(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> generated = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (isGenerated(file)) {
          generated.add(file);
        }
      }
      return generated;
    }
  }

  public static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
