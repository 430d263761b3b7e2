package dev.synesthetic.codegen.write;

import dev.synesthetic.codegen.provenance.Manifest;
import dev.synesthetic.codegen.provenance.ManifestCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            return ManifestCodec.read(Files.readString(file, StandardCharsets.UTF_8))
                    .isPresent();
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

    /**
     * Why {@code generate} must not replace what stands where a generated file goes: a folder or link,
     * or a file it did not write (no marker line; the manifest is recognised by its content). Empty
     * when nothing or a generated file is there. The one rule for generate and for drift reports.
     */
    public static Optional<String> inTheWay(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("a folder or link is in the way");
        }
        boolean manifest = target.getFileName().toString().equals(Manifest.FILE_NAME);
        return manifest || isGenerated(target)
                ? Optional.empty()
                : Optional.of("the file there was not generated (its first line is not the marker '"
                        + GeneratedFile.MARKER + "')");
    }

    /**
     * The generated files in the folders this generation writes to (the package folders of {@code
     * files}), sorted, but for those in {@code known} (the ones the caller handles already, e.g. this
     * generation's: no file is opened twice for its marker). Other folders are never looked at: another
     * package generated into the same source root, or anything else there, is not ours to report or delete.
     */
    public static List<Path> inFoldersOf(Path root, List<GeneratedFile> files, java.util.Set<Path> known)
            throws IOException {
        java.util.SortedSet<Path> folders = new java.util.TreeSet<>();
        for (GeneratedFile file : files) {
            folders.add(root.resolve(file.relativePath()).normalize().getParent());
        }
        List<Path> generated = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                    if (!known.contains(file) && isGenerated(file)) {
                        generated.add(file);
                    }
                }
            }
        }
        return generated;
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
