package dev.synesthetic.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each file's dialect: the draft and the vocabularies its root {@code $schema} names. A draft's URI
 * gives that draft and its standard vocabularies; any other URI must be the {@code $id} of a file of
 * the corpus or of a mapped folder (a custom meta-schema, never fetched), whose own {@code $schema}
 * gives the draft and whose {@code $vocabulary} the vocabularies (2019-09 on). A required vocabulary
 * we do not know is {@code UNKNOWN_VOCABULARY}; an optional one is ignored, as the specification says.
 */
final class MetaSchemas {
    /** A file's draft and the vocabularies on for its schemas. */
    record Dialect(Draft draft, Set<Vocabulary> vocabularies) {}

    private final Map<String, ParsedFile> byId = new HashMap<>();
    private final Draft defaultDraft;
    private final Diagnostics diagnostics;
    /** Relative path → the file's dialect, each computed (and its errors reported) once. */
    private final Map<String, Optional<Dialect>> documents = new HashMap<>();
    /** Relative path → the dialect the file gives the schemas naming it as their meta-schema. */
    private final Map<String, Optional<Dialect>> metaSchemas = new HashMap<>();

    MetaSchemas(List<ParsedFile> files, Draft defaultDraft, Diagnostics diagnostics) {
        this.defaultDraft = defaultDraft;
        this.diagnostics = diagnostics;
        for (ParsedFile file : files) {
            for (JsonNode id : List.of(Keywords.ID.pathIn(file.root()), Keywords.DRAFT_04_ID.pathIn(file.root()))) {
                if (id.isTextual()) {
                    byId.putIfAbsent(withoutEmptyFragment(id.textValue()), file);
                }
            }
        }
    }

    Optional<Dialect> of(ParsedFile file) {
        return of(file, new ArrayList<>());
    }

    private Optional<Dialect> of(ParsedFile file, List<String> chain) {
        Optional<Dialect> known = documents.get(file.relativePath());
        if (known == null) {
            known = resolve(file, chain);
            documents.put(file.relativePath(), known);
        }
        return known;
    }

    private Optional<Dialect> resolve(ParsedFile file, List<String> chain) {
        JsonNode declared = Keywords.SCHEMA.pathIn(file.root());
        if (declared.isMissingNode()) {
            return Optional.of(standard(defaultDraft));
        }
        SourceLocation where = Keywords.SCHEMA.at(SourceLocation.root(file.relativePath()));
        if (!declared.isTextual()) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    where,
                    "$schema must be a string",
                    "Write e.g. \"$schema\": \"" + Draft.DRAFT_2020_12.uri() + "\".");
            return Optional.empty();
        }
        String uri = declared.textValue();
        Optional<Draft> draft = Draft.fromSchemaUri(uri);
        if (draft.isPresent()) {
            return Optional.of(standard(draft.get()));
        }
        ParsedFile meta = Draft.isKnownUnsupported(uri) ? null : byId.get(withoutEmptyFragment(uri));
        if (meta == null) {
            diagnostics.error(
                    DiagnosticCode.UNSUPPORTED_DRAFT,
                    where,
                    Draft.isKnownUnsupported(uri)
                            ? "JSON Schema draft-03 is not supported"
                            : "unknown $schema '" + uri + "': no draft, and no file of the corpus or of a mapped"
                                    + " folder has this $id",
                    "Supported: draft-04, draft-06, draft-07, 2019-09 and 2020-12 (" + Draft.DRAFT_2020_12.uri()
                            + "), or a custom meta-schema in the schema folder or a folder given with --map-id.");
            return Optional.empty();
        }
        if (chain.contains(meta.relativePath()) || meta.relativePath().equals(file.relativePath())) {
            diagnostics.error(
                    DiagnosticCode.UNSUPPORTED_DRAFT,
                    where,
                    "the meta-schemas named by $schema loop back to " + meta.relativePath() + " and name no draft",
                    "Let the custom meta-schema's own $schema name a draft, e.g. " + Draft.DRAFT_2020_12.uri() + ".");
            return Optional.empty();
        }
        List<String> deeper = new ArrayList<>(chain);
        deeper.add(file.relativePath());
        Optional<Dialect> dialect = asMetaSchema(meta, deeper);
        if (dialect.isEmpty()) {
            diagnostics.error(
                    DiagnosticCode.UNSUPPORTED_DRAFT,
                    where,
                    "the meta-schema " + meta.relativePath() + " that $schema names cannot be used (see its errors)",
                    "Fix the meta-schema first.");
        }
        return dialect;
    }

    /** The dialect {@code meta} gives the schemas whose {@code $schema} names it. */
    private Optional<Dialect> asMetaSchema(ParsedFile meta, List<String> chain) {
        Optional<Dialect> known = metaSchemas.get(meta.relativePath());
        if (known == null) {
            known = of(meta, chain).flatMap(own -> vocabularies(meta, own));
            metaSchemas.put(meta.relativePath(), known);
        }
        return known;
    }

    private Optional<Dialect> vocabularies(ParsedFile meta, Dialect own) {
        JsonNode declared = Keywords.VOCABULARY.pathIn(meta.root());
        if (!own.draft().hasVocabularies() || declared.isMissingNode()) {
            return Optional.of(own);
        }
        SourceLocation where = Keywords.VOCABULARY.at(SourceLocation.root(meta.relativePath()));
        if (!declared.isObject()) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    where,
                    "$vocabulary must be an object of vocabulary URI → true (required) or false (optional)",
                    "Write e.g. {\"" + Vocabulary.CORE.uriIn(own.draft()).orElseThrow() + "\": true}.");
            return Optional.empty();
        }
        // core is always on: the specification requires it of every meta-schema
        Set<Vocabulary> on = EnumSet.of(Vocabulary.CORE);
        boolean usable = true;
        for (Map.Entry<String, JsonNode> entry : declared.properties()) {
            SourceLocation at = where.child(entry.getKey());
            Optional<Vocabulary> vocabulary = Vocabulary.fromUri(entry.getKey(), own.draft());
            if (!entry.getValue().isBoolean()) {
                diagnostics.error(
                        DiagnosticCode.INVALID_SCHEMA,
                        at,
                        "a vocabulary's value must be true (required) or false (optional)",
                        "Write true or false.");
                usable = false;
            } else if (vocabulary.isPresent()) {
                on.add(vocabulary.get());
            } else if (entry.getValue().booleanValue()) {
                diagnostics.error(
                        DiagnosticCode.UNKNOWN_VOCABULARY,
                        at,
                        "the meta-schema requires the vocabulary '" + entry.getKey() + "', which the generator does"
                                + " not know",
                        "Known vocabularies of " + own.draft().displayName() + ": " + known(own.draft())
                                + ". Mark it false (optional) if schemas may be validated without it.");
                usable = false;
            }
        }
        return usable ? Optional.of(new Dialect(own.draft(), on)) : Optional.empty();
    }

    private static String known(Draft draft) {
        return java.util.Arrays.stream(Vocabulary.values())
                .flatMap(v -> v.nameIn(draft).stream())
                .collect(Collectors.joining(", "));
    }

    private static Dialect standard(Draft draft) {
        return new Dialect(draft, Vocabulary.defaults(draft));
    }

    private static String withoutEmptyFragment(String uri) {
        return uri.endsWith("#") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
