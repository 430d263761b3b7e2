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
     * @param paths how to name that folder in messages and diffs, and in the patch
     * @param expected what the generator produces now, including its manifest
     */
    public DriftReport check(Path outputFolder, OutputPaths paths, List<GeneratedFile> expected) throws IOException {
        Path root = outputFolder.toAbsolutePath().normalize();
        CauseClassifier causes = new CauseClassifier(committedManifest(root, expected), manifestOf(expected));
        List<Drift> drifts = new ArrayList<>();
        Set<Path> produced = new HashSet<>();
        for (GeneratedFile file : expected) {
            Path target = root.resolve(file.relativePath()).normalize();
            produced.add(target);
            Optional<Drift> drift = Files.isRegularFile(target)
                    ? compare(file, target, paths, causes)
                    : Optional.of(missing(file, paths));
            // Only where a file drifts is it in the way: one the comparison accepts (ignored lines) needs
            // no generate. A clean file is read once, never opened again for its marker.
            if (drift.isPresent()) {
                Optional<String> inTheWay = GeneratedFiles.inTheWay(target);
                drifts.add(
                        inTheWay.isPresent() ? new Drift.InTheWay(file.relativePath(), inTheWay.get()) : drift.get());
            }
        }
        for (Path orphan : GeneratedFiles.inFoldersOf(root, expected, produced)) {
            String relative = GeneratedFiles.relative(root, orphan);
            String content = new String(Files.readAllBytes(orphan), StandardCharsets.UTF_8);
            drifts.add(new Drift.Orphan(
                    relative,
                    UnifiedDiffs.under(paths.patchPrefix(), UnifiedDiffs.deleting(relative, exactLines(content)))));
        }
        return new DriftReport(paths.display(), drifts, expected.size());
    }

    private Drift missing(GeneratedFile file, OutputPaths paths) {
        List<String> created = UnifiedDiffs.creating(file.relativePath(), lines(file.content()));
        return new Drift.Missing(
                file.relativePath(),
                UnifiedDiffs.under(paths.displayPrefix(), UnifiedDiffs.capped(created, options)),
                UnifiedDiffs.under(paths.patchPrefix(), created));
    }

    private Optional<Drift> compare(GeneratedFile file, Path target, OutputPaths paths, CauseClassifier causes)
            throws IOException {
        byte[] committedBytes = Files.readAllBytes(target);
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
        String path = file.relativePath();
        List<String> full = UnifiedDiffs.between(path, lines(committed), lines(generated));
        // Generated text is LF-only: without a CR in the committed file, the exact patch is this diff.
        List<String> patch = committed.indexOf('\r') < 0
                ? full
                : UnifiedDiffs.between(path, exactLines(committed), exactLines(generated));
        List<String> diff = kind == ChangeKind.LINE_ENDINGS ? List.of() : UnifiedDiffs.capped(full, options);
        if (kind == ChangeKind.WHITESPACE) {
            diff = UnifiedDiffs.withVisibleWhitespace(diff);
        }
        DriftCause cause = causes.explain(file.relativePath(), committedBytes, committed);
        return Optional.of(new Drift.Changed(
                file.relativePath(),
                kind,
                cause,
                UnifiedDiffs.markedEndOfFile(UnifiedDiffs.under(paths.displayPrefix(), diff)),
                UnifiedDiffs.markedEndOfFile(UnifiedDiffs.under(paths.patchPrefix(), patch))));
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

    /**
     * The text without the ignored lines, every other byte kept: line endings and the final newline
     * still count, so ignoring a volatile line never hides a CRLF or end-of-file change.
     */
    private String withoutIgnoredLines(String text) {
        if (options.ignoreLines().isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            String plain = line.replaceAll("\r?\n$", "");
            if (options.ignoreLines().stream().map(p -> p.matcher(plain)).noneMatch(java.util.regex.Matcher::find)) {
                kept.append(line);
            }
        }
        return kept.toString();
    }

    /**
     * Lines without their terminators; a CRLF file compares by content, its line endings reported
     * apart. A last line with no newline carries {@link UnifiedDiffs#NO_NEWLINE}, so a missing final
     * newline shows in the diff as git shows it.
     */
    private static List<String> lines(String text) {
        return UnifiedDiffs.lines(text.replace("\r\n", "\n"));
    }

    /** Lines split at LF only, carriage returns kept: the exact bytes a patch must reproduce. */
    private static List<String> exactLines(String text) {
        return UnifiedDiffs.lines(text);
    }

    private static boolean sameApartFromGeneratorVersion(String committed, String generated) {
        Optional<Manifest> before = ManifestCodec.read(committed);
        Optional<Manifest> now = ManifestCodec.read(generated);
        return before.isPresent()
                && now.isPresent()
                && withVersion(before.get(), "").equals(withVersion(now.get(), ""));
    }

    private static Manifest withVersion(Manifest manifest, String version) {
        return new Manifest(
                version, manifest.schemaVersion(), manifest.packageName(), manifest.schemas(), manifest.files());
    }

    private static Optional<Manifest> manifestOf(List<GeneratedFile> files) {
        return files.stream()
                .filter(f -> f.relativePath().endsWith(Manifest.FILE_NAME))
                .findFirst()
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
