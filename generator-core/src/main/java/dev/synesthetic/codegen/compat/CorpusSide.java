package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.diagnostic.GenerationException;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.RecordRole;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One corpus of the comparison, loaded and indexed as {@code generate} does: its files, nodes and {@code $ref}s. */
final class CorpusSide {
    private final SchemaIndex index;
    private final RefResolver resolver;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, SchemaDocument> files = new TreeMap<>();
    private final Map<String, SchemaDocument> roots = new TreeMap<>();
    private final Optional<String> schemaVersion;

    private CorpusSide(Corpus corpus, SchemaIndex index, RefResolver resolver) {
        this.index = index;
        this.resolver = resolver;
        this.schemaVersion = corpus.schemaVersion();
        corpus.allDocuments().forEach(d -> files.put(d.relativePath(), d));
        corpus.documents().forEach(d -> roots.put(d.relativePath(), d));
    }

    /** Loads the corpus of {@code config}; a corpus error fails as {@code generate} would. */
    static CorpusSide load(GeneratorConfig config) throws GenerationException {
        Diagnostics diagnostics = new Diagnostics();
        Corpus corpus =
                new CorpusLoader().load(config.schemaFolder(), config.defaultDraft(), config.idPrefixes(), diagnostics);
        if (!diagnostics.hasErrors()) {
            SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
            if (!diagnostics.hasErrors()) {
                return new CorpusSide(corpus, index, new RefResolver(index, corpus.folder(), config.idPrefixes()));
            }
        }
        throw new GenerationException(diagnostics.sorted());
    }

    /** The schema files whose documents are checked (not the library), by relative path. */
    Map<String, SchemaDocument> roots() {
        return roots;
    }

    /** version.json's {@code schemaVersion} beside or above the schemas, as {@code generate} reads it. */
    Optional<String> schemaVersion() {
        return schemaVersion;
    }

    SchemaNode root(String file) {
        SchemaDocument document = files.get(file);
        SourceLocation at = SourceLocation.root(file);
        return new SchemaNode(document.root(), at, index.baseAt(at, document.retrievalUri()));
    }

    /** The subschema under {@code tokens}; an absent keyword is the empty schema, which accepts anything. */
    SchemaNode child(SchemaNode parent, String... tokens) {
        JsonNode json = parent.json();
        SourceLocation at = parent.location();
        for (String token : tokens) {
            json = json.isArray() ? json.path(Integer.parseInt(token)) : json.path(token);
            at = at.child(token);
        }
        if (json.isMissingNode()) {
            json = JsonNodeFactory.instance.objectNode();
        }
        return new SchemaNode(json, at, index.baseAt(at, parent.baseUri()));
    }

    Draft draft(SchemaNode node) {
        SchemaDocument document = files.get(node.location().file());
        return document == null ? Draft.DRAFT_2020_12 : document.draft();
    }

    /** Where the node's {@code $ref} leads, when it has one that resolves. */
    Optional<SchemaNode> target(SchemaNode node) {
        JsonNode ref = Keywords.REF.pathIn(node.json());
        SchemaDocument document = files.get(node.location().file());
        if (!ref.isTextual() || document == null) {
            return Optional.empty();
        }
        return resolver.resolve(
                ref.asText(), node.baseUri(), document.retrievalUri(), Keywords.REF.at(node.location()), diagnostics);
    }

    /**
     * Follows {@code $ref}s while the node is nothing else (up to draft-07 a {@code $ref} hides its
     * siblings): the schema that decides. A {@code $ref} beside assertions stays (2019-09 and later).
     */
    SchemaNode decisive(SchemaNode node) {
        SchemaNode current = node;
        for (int hops = 0; hops < 64 && current.json().isObject() && Keywords.REF.isIn(current.json()); hops++) {
            if (!draft(current).refOverridesSiblings() && hasAssertionsBesideRef(current.json(), draft(current))) {
                return current;
            }
            Optional<SchemaNode> target = target(current);
            if (target.isEmpty()) {
                return current;
            }
            current = target.get();
        }
        return current;
    }

    private static boolean hasAssertionsBesideRef(JsonNode json, Draft draft) {
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            Optional<Keyword> keyword = Keywords.lookup(member.getKey(), draft);
            if (keyword.isPresent() && keyword.get() != Keywords.REF && asserts(keyword.get())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a keyword can change which documents are valid (not an annotation, not a definitions map). */
    static boolean asserts(Keyword keyword) {
        return keyword.role() != RecordRole.ANNOTATION && keyword != Keywords.DEFS && keyword != Keywords.DEFINITIONS;
    }
}
