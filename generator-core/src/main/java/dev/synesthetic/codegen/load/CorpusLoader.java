package dev.synesthetic.codegen.load;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.support.JsonTrees;
import dev.synesthetic.codegen.vocabulary.Draft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every {@code *.json} file below a corpus folder, in sorted order, and checks that each
 * declares a draft we generate. {@code version.json} (in the folder or its parent) is read for the
 * schema version instead of being treated as a schema.
 */
public final class CorpusLoader {
    static final String VERSION_FILE = "version.json";

    /** Lists candidate files below the corpus folder; the order it returns must not matter. */
    @FunctionalInterface
    public interface FileLister {
        List<Path> list(Path root) throws IOException;
    }

    private final FileLister lister;

    public CorpusLoader() {
        this(CorpusLoader::walk);
    }

    /** For tests that prove the output does not depend on the order the file system lists files in. */
    public CorpusLoader(FileLister lister) {
        this.lister = lister;
    }

    /** Regular files, and links too: a link to nothing must be reported, not skipped. */
    static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .toList();
        }
    }

    /** Loads with draft 2020-12 for files without {@code $schema}. */
    public Corpus load(Path folder, Diagnostics diagnostics) {
        return load(folder, Draft.DRAFT_2020_12, diagnostics);
    }

    /** @param defaultDraft the draft of files that declare no {@code $schema} */
    public Corpus load(Path folder, Draft defaultDraft, Diagnostics diagnostics) {
        return load(folder, defaultDraft, java.util.Map.of(), diagnostics);
    }

    /**
     * @param idPrefixes {@code $id} prefix → folder (relative to {@code folder}); the files of a folder
     *     outside {@code folder} are read as the corpus's library ({@link MappedFolders})
     */
    public Corpus load(
            Path folder, Draft defaultDraft, java.util.Map<String, Path> idPrefixes, Diagnostics diagnostics) {
        Path root = folder.toAbsolutePath().normalize();
        List<ParsedFile> parsed = new ArrayList<>();
        for (Path file : schemaFiles(root, diagnostics)) {
            String relative = relativePath(root, file);
            parse(file, relative, diagnostics)
                    .ifPresent(json -> parsed.add(new ParsedFile(relative, file.toUri(), json)));
        }
        List<ParsedFile> mapped = new MappedFolders(this, root).load(idPrefixes, diagnostics);
        // a second pass: a $schema may name a custom meta-schema of either part by its $id
        List<ParsedFile> all = new ArrayList<>(parsed);
        all.addAll(mapped);
        MetaSchemas metaSchemas = new MetaSchemas(all, defaultDraft, diagnostics);
        Corpus corpus = new Corpus(
                root, documents(parsed, metaSchemas), readVersion(root, diagnostics), documents(mapped, metaSchemas));
        VersionConsistency.check(corpus, diagnostics);
        return corpus;
    }

    private static List<SchemaDocument> documents(List<ParsedFile> files, MetaSchemas metaSchemas) {
        List<SchemaDocument> documents = new ArrayList<>();
        for (ParsedFile file : files) {
            metaSchemas
                    .of(file)
                    .ifPresent(dialect -> documents.add(new SchemaDocument(
                            file.relativePath(),
                            file.retrievalUri(),
                            file.root(),
                            dialect.draft(),
                            dialect.vocabularies())));
        }
        return documents;
    }

    private List<Path> schemaFiles(Path root, Diagnostics diagnostics) {
        if (!Files.isDirectory(root)) {
            diagnostics.error(
                    DiagnosticCode.CORPUS_IO,
                    null,
                    "schema folder " + root + " does not exist or is not a folder",
                    "Point the schema folder (--schemas, or schemaDirectory in Maven) at the folder that holds the *.schema.json files.");
            return List.of();
        }
        try {
            List<Path> files = schemaFiles(root, lister.list(root));
            if (files.isEmpty()) {
                diagnostics.error(
                        DiagnosticCode.CORPUS_IO,
                        null,
                        "no *.json schema files below " + root,
                        "Point the schema folder (--schemas, or schemaDirectory in Maven) at the folder that holds the *.schema.json files.");
            }
            return files;
        } catch (IOException e) {
            diagnostics.error(
                    DiagnosticCode.CORPUS_IO,
                    null,
                    "cannot list " + root + ": " + e.getMessage(),
                    "Check that the folder is readable.");
            return List.of();
        }
    }

    /**
     * The corpus's own schema files below {@code root} (absolute and normalized), in the order {@link
     * #load} reads them: what a cache key of the corpus must cover, no more (a named pipe called {@code
     * x.json} is not read) and no less.
     */
    public static List<Path> schemaFiles(Path root) throws IOException {
        return schemaFiles(root, walk(root));
    }

    private static List<Path> schemaFiles(Path root, List<Path> listed) {
        return listed.stream()
                .filter(p -> isSchemaFile(root, p))
                // Sort by the '/'-joined relative path: the same order on every OS and file system.
                .sorted((a, b) -> relativePath(root, a).compareTo(relativePath(root, b)))
                .toList();
    }

    /** The files {@link #load} reads the schema version from, the first one there winning. */
    public static List<Path> versionFiles(Path root) {
        return List.of(root.resolve(VERSION_FILE), root.resolveSibling(VERSION_FILE));
    }

    /** Whether {@code file}, listed below {@code root}, is a schema file: {@code *.json} except the root's {@code version.json}. */
    public static boolean isSchemaFile(Path root, Path file) {
        return file.getFileName().toString().endsWith(".json")
                && !(file.getParent().equals(root)
                        && file.getFileName().toString().equals(VERSION_FILE));
    }

    /** {@code file}'s path below {@code root}, {@code /}-separated on every OS. */
    public static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    Optional<JsonNode> parse(Path file, String relative, Diagnostics diagnostics) {
        try {
            JsonNode json = JsonTrees.parse(Files.readAllBytes(file));
            if (json == null || json.isMissingNode()) {
                diagnostics.error(
                        DiagnosticCode.MALFORMED_JSON,
                        SourceLocation.root(relative),
                        "the file is empty",
                        "A schema file must hold one JSON object or boolean.");
                return Optional.empty();
            }
            return Optional.of(json);
        } catch (JsonTrees.TooLarge e) {
            // Beyond the JSON reader's limits: the schema is too big to read, not malformed or unreadable.
            diagnostics.error(
                    DiagnosticCode.LIMIT_EXCEEDED,
                    new SourceLocation(relative, pointerAt(e)),
                    "too large to read: " + JsonTrees.describe(e),
                    "Flatten the schema: move deeply nested or very long parts into $defs entries and refer to them with $ref.");
        } catch (JsonParseException e) {
            diagnostics.error(
                    DiagnosticCode.MALFORMED_JSON,
                    new SourceLocation(relative, pointerAt(e)),
                    "not valid JSON: " + JsonTrees.describe(e),
                    "Fix the JSON syntax at that line and column.");
        } catch (IOException e) {
            diagnostics.error(
                    DiagnosticCode.CORPUS_IO,
                    SourceLocation.root(relative),
                    "cannot read the file: " + e,
                    "Check that it exists and is readable.");
        }
        return Optional.empty();
    }

    /** Where in the document the parser was when it failed, e.g. at a repeated key. */
    private static dev.synesthetic.codegen.source.JsonPointer pointerAt(JsonParseException e) {
        JsonParser parser = e.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            try {
                return dev.synesthetic.codegen.source.JsonPointer.parse(
                        parser.getParsingContext().pathAsPointer().toString());
            } catch (IllegalArgumentException ignored) {
                // fall back to the document root
            }
        }
        return dev.synesthetic.codegen.source.JsonPointer.ROOT;
    }

    private Optional<String> readVersion(Path root, Diagnostics diagnostics) {
        for (Path candidate : versionFiles(root)) {
            if (Files.isRegularFile(candidate)) {
                String shown = candidate.getParent().equals(root) ? VERSION_FILE : "../" + VERSION_FILE;
                try {
                    JsonNode document = JsonTrees.parse(Files.readAllBytes(candidate));
                    JsonNode version = document == null ? MissingNode.getInstance() : document.path("schemaVersion");
                    if (!version.isTextual()) {
                        diagnostics.error(
                                DiagnosticCode.INVALID_SCHEMA,
                                SourceLocation.root(shown),
                                "version.json has no string \"schemaVersion\"",
                                "Add e.g. {\"schemaVersion\": \"0.7.3\"}.");
                        return Optional.empty();
                    }
                    return Optional.of(version.textValue());
                } catch (IOException e) {
                    diagnostics.error(
                            DiagnosticCode.MALFORMED_JSON,
                            SourceLocation.root(shown),
                            "cannot read version.json: "
                                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                                            ? JsonTrees.describe(json)
                                            : e.getMessage()),
                            "version.json must be JSON like {\"schemaVersion\": \"0.7.3\"}.");
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
