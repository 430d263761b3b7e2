package dev.synesthetic.codegen.normalize;

import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code normalize}'s library API: which files a list of files and folders names, and each one's
 * canonical text ({@link SchemaFormatter}). Reading is all in memory and writes nothing; the caller
 * writes ({@link Normalization#write()}) only when no file was refused.
 */
public final class Normalizer {
    private final Draft defaultDraft;

    /** @param defaultDraft the draft of files that declare no {@code $schema} */
    public Normalizer(Draft defaultDraft) {
        this.defaultDraft = defaultDraft;
    }

    /** The files normalized and those that are not JSON (with why and where). */
    public record Result(List<Normalization> files, List<Refused> refused) {}

    /** A file that is not UTF-8 JSON. */
    public record Refused(Path file, String reason) {}

    /**
     * Files named as they are (whatever their name), and the schema files below folders (as the
     * corpus loader picks them: {@code *.json} but the folder's {@code version.json}), each once,
     * a folder's in {@code /}-joined relative path order so the result is the same on every OS.
     */
    public static List<Path> schemaFiles(List<Path> filesOrFolders) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path target : filesOrFolders) {
            if (!Files.isDirectory(target)) {
                files.add(target);
                continue;
            }
            try (Stream<Path> walk = Files.walk(target)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> CorpusLoader.isSchemaFile(target, p))
                        .sorted(Comparator.comparing(p -> CorpusLoader.relativePath(target, p)))
                        .forEach(files::add);
            }
        }
        return new ArrayList<>(files);
    }

    public Result normalize(List<Path> files) throws IOException {
        List<Normalization> normalized = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Path file : files) {
            try {
                String before = utf8(Files.readAllBytes(file));
                normalized.add(new Normalization(file, before, SchemaFormatter.format(before, defaultDraft)));
            } catch (NotJsonException e) {
                refused.add(new Refused(file, e.getMessage()));
            }
        }
        return new Result(normalized, refused);
    }

    /** Strict UTF-8: a malformed byte is refused rather than silently replaced in the rewritten file. */
    private static String utf8(byte[] bytes) throws NotJsonException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NotJsonException("not UTF-8 text: " + e.getMessage());
        }
    }
}
