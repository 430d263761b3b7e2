package dev.synesthetic.codegen.drift;

import dev.synesthetic.codegen.provenance.Manifest;
import dev.synesthetic.codegen.provenance.ManifestCodec;
import dev.synesthetic.codegen.write.GeneratedFile;
import dev.synesthetic.codegen.write.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a fresh, in-memory generation with an output folder. Only reads the folder: a drift
 * check must never change the working tree.
 */
public final class DriftChecker {
  private final DriftOptions options;

  public DriftChecker(DriftOptions options) {
    this.options = options;
  }

  /**
   * @param outputFolder the committed generated sources
   * @param displayFolder how to name that folder in diffs ({@code a/<display>/<path>})
   * @param expected what the generator produces now, including its manifest
   */
  public DriftReport check(Path outputFolder, String displayFolder, List<GeneratedFile> expected) throws IOException {
    Path root = outputFolder.toAbsolutePath().normalize();
    CauseClassifier causes = new CauseClassifier(committedManifest(root, expected), manifestOf(expected));
    String prefix = displayFolder.isEmpty() || displayFolder.equals(".") ? "" : displayFolder.replaceAll("/+$", "") + "/";
    List<Drift> drifts = new ArrayList<>();
    Set<Path> produced = new HashSet<>();
    for (GeneratedFile file : expected) {
      Path target = root.resolve(file.relativePath()).normalize();
      produced.add(target);
      if (!Files.isRegularFile(target)) {
        drifts.add(new Drift.Missing(file.relativePath(),
            UnifiedDiffs.creating(prefix + file.relativePath(), lines(file.content()), options.maxDiffLines())));
      } else {
        compare(file, Files.readAllBytes(target), prefix, causes).ifPresent(drifts::add);
      }
    }
    for (Path existing : GeneratedFiles.inFoldersOf(root, expected)) {
      if (!produced.contains(existing)) {
        drifts.add(new Drift.Orphan(GeneratedFiles.relative(root, existing)));
      }
    }
    return new DriftReport(displayFolder, drifts, expected.size());
  }

  private Optional<Drift> compare(GeneratedFile file, byte[] committedBytes, String prefix, CauseClassifier causes) {
    if (Arrays.equals(committedBytes, file.bytes())) {
      return Optional.empty();
    }
    String committed = new String(committedBytes, StandardCharsets.UTF_8);
    String generated = file.content();
    if (file.relativePath().endsWith(Manifest.FILE_NAME) && sameApartFromGeneratorVersion(committed, generated)) {
      return Optional.empty(); // a generator upgrade that changes no source is not drift
    }
    if (withoutIgnoredLines(committed).equals(withoutIgnoredLines(generated))) {
      return Optional.empty();
    }
    ChangeKind kind = kind(committed, generated);
    List<String> diff = kind == ChangeKind.LINE_ENDINGS ? List.of()
        : UnifiedDiffs.between(prefix + file.relativePath(), lines(committed), lines(generated), options.maxDiffLines());
    if (kind == ChangeKind.WHITESPACE) {
      diff = UnifiedDiffs.withVisibleWhitespace(diff);
    }
    DriftCause cause = causes.explain(file.relativePath(), committedBytes, committed);
    return Optional.of(new Drift.Changed(file.relativePath(), kind, cause, diff));
  }

  private static ChangeKind kind(String committed, String generated) {
    if (committed.replace("\r\n", "\n").equals(generated)) {
      return ChangeKind.LINE_ENDINGS;
    }
    if (committed.replace("\r\n", "\n").replaceAll("[ \t]", "").equals(generated.replaceAll("[ \t]", ""))) {
      return ChangeKind.WHITESPACE;
    }
    return ChangeKind.CONTENT;
  }

  private String withoutIgnoredLines(String text) {
    if (options.ignoreLines().isEmpty()) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    for (String line : lines(text)) {
      String plain = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (options.ignoreLines().stream().map(p -> p.matcher(plain)).noneMatch(java.util.regex.Matcher::find)) {
        kept.append(plain).append('\n');
      }
    }
    return kept.toString();
  }

  /** Lines without their terminators; a CRLF file compares by content, its line endings reported apart. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static boolean sameApartFromGeneratorVersion(String committed, String generated) {
    Optional<Manifest> before = ManifestCodec.read(committed);
    Optional<Manifest> now = ManifestCodec.read(generated);
    return before.isPresent() && now.isPresent()
        && withVersion(before.get(), "").equals(withVersion(now.get(), ""));
  }

  private static Manifest withVersion(Manifest manifest, String version) {
    return new Manifest(version, manifest.schemaVersion(), manifest.packageName(), manifest.schemas(), manifest.files());
  }

  private static Optional<Manifest> manifestOf(List<GeneratedFile> files) {
    return files.stream().filter(f -> f.relativePath().endsWith(Manifest.FILE_NAME)).findFirst()
        .flatMap(f -> ManifestCodec.read(f.content()));
  }

  private static Optional<Manifest> committedManifest(Path root, List<GeneratedFile> expected) throws IOException {
    for (GeneratedFile file : expected) {
      Path path = root.resolve(file.relativePath());
      if (file.relativePath().endsWith(Manifest.FILE_NAME) && Files.isRegularFile(path)) {
        return ManifestCodec.read(Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }
}
