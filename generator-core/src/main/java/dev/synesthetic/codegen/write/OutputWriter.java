package dev.synesthetic.codegen.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into an output folder. Files whose bytes are unchanged are not touched (so
 * their timestamps stay and builds do not recompile them); generated files that are no longer
 * produced are deleted, but only files whose first line is {@link GeneratedFile#MARKER}, so a
 * hand-written file in the folder is never lost. Every new content is staged next to its target
 * before anything is replaced: an I/O failure while staging leaves the folder as it was.
 */
public final class OutputWriter {
  private static final String STAGING_SUFFIX = ".synesthetic-codegen.tmp";

  public WriteSummary write(Path outputFolder, List<GeneratedFile> files) throws IOException {
    Path root = outputFolder.toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new IOException("output path " + root + " exists and is not a folder");
    }
    Map<Path, GeneratedFile> changed = new LinkedHashMap<>();
    List<String> unchanged = new ArrayList<>();
    Set<Path> produced = new HashSet<>();
    for (GeneratedFile file : files) {
      Path target = root.resolve(file.relativePath()).normalize();
      if (!target.startsWith(root)) {
        throw new IOException("refusing to write outside the output folder: " + file.relativePath());
      }
      produced.add(target);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
        unchanged.add(file.relativePath());
      } else {
        changed.put(target, file);
      }
    }
    List<Path> orphans = orphans(root, produced);

    Map<Path, Path> staged = stage(changed);
    List<String> written = new ArrayList<>();
    for (Map.Entry<Path, Path> move : staged.entrySet()) {
      replace(move.getValue(), move.getKey());
      written.add(changed.get(move.getKey()).relativePath());
    }
    List<String> deleted = new ArrayList<>();
    for (Path orphan : orphans) {
      Files.delete(orphan);
      deleted.add(relative(root, orphan));
    }
    written.sort(null);
    unchanged.sort(null);
    deleted.sort(null);
    return new WriteSummary(written, unchanged, deleted);
  }

  private static Map<Path, Path> stage(Map<Path, GeneratedFile> changed) throws IOException {
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, GeneratedFile> entry : changed.entrySet()) {
        Path target = entry.getKey();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + STAGING_SUFFIX);
        Files.write(temp, entry.getValue().bytes());
        staged.put(target, temp);
      }
      return staged;
    } catch (IOException e) {
      for (Path temp : staged.values()) {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
  }

  private static void replace(Path staged, Path target) throws IOException {
    try {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Files below {@code root} that carry the generated-file marker but are no longer produced. */
  private static List<Path> orphans(Path root, Set<Path> produced) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> orphans = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (!produced.contains(file) && isGenerated(file)) {
          orphans.add(file);
        }
      }
      return orphans;
    }
  }

  /** Whether the file's first line is the marker every generated file starts with. */
  public static boolean isGenerated(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return GeneratedFile.MARKER.equals(first);
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
