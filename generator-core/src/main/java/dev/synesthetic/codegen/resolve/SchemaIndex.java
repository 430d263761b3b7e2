package dev.synesthetic.codegen.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.ValueKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pre-pass: maps every schema resource URI ({@code $id}, and each file's own location) and
 * every {@code $anchor} to where it lives, and records the base URI in force at each schema. Two
 * schemas claiming one URI is an error, as in the spec.
 */
public final class SchemaIndex {
    /** The {@link #dynamicAnchors} name under which 2019-09 {@code "$recursiveAnchor": true} schemas are kept. */
    public static final String RECURSIVE_ANCHOR = "";

    /** Keywords whose values are data, not schemas: never scanned for {@code $id}. */
    private static final Set<String> DATA_KEYWORDS = withOpenApiExample(Keywords.namesOfKind(ValueKind.DATA));

    /** Keywords whose values map names to schemas: their keys are names, not keywords. */
    private static final Set<String> SCHEMA_MAPS = Keywords.namesOfKind(ValueKind.SCHEMA_MAP);

    private final Map<URI, SchemaNode> resources = new HashMap<>();
    private final Map<URI, SchemaNode> anchors = new HashMap<>();
    private final Map<SourceLocation, URI> baseAt = new HashMap<>();
    private final Map<String, List<SchemaNode>> dynamicAnchors = new HashMap<>();
    /** Messages show file URIs relative to this, never where the corpus lives. */
    private URI corpusUri = URI.create("");
    /** The draft of the file being scanned: it decides which keyword names a resource. */
    private Draft draft = Draft.DRAFT_2020_12;

    public static SchemaIndex build(Corpus corpus, Diagnostics diagnostics) {
        SchemaIndex index = new SchemaIndex();
        index.corpusUri = corpus.folder().toUri();
        for (SchemaDocument document : corpus.allDocuments()) {
            SourceLocation root = SourceLocation.root(document.relativePath());
            index.resources.put(
                    document.retrievalUri(), new SchemaNode(document.root(), root, document.retrievalUri()));
            index.draft = document.draft();
            index.scan(document.root(), root, document.retrievalUri(), false, diagnostics);
        }
        return index;
    }

    private void scan(JsonNode json, SourceLocation where, URI base, boolean nameMap, Diagnostics diagnostics) {
        if (json.isObject()) {
            URI here = base;
            if (!nameMap) {
                checkEmbeddedDraft(json, where, diagnostics);
                here = declareId(json, where, base, diagnostics);
                baseAt.put(where, here);
                declareAnchor(json, where, here, diagnostics);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (nameMap || !DATA_KEYWORDS.contains(key)) {
                    scan(field.getValue(), where.child(key), here, !nameMap && SCHEMA_MAPS.contains(key), diagnostics);
                }
            }
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                scan(json.get(i), where.child(i), base, false, diagnostics);
            }
        }
    }

    /**
     * A file is read with its root's draft; an embedded {@code $schema} naming another draft would
     * change the keywords' meaning below it, which is not supported: an error, not silently ignored.
     */
    private void checkEmbeddedDraft(JsonNode json, SourceLocation where, Diagnostics diagnostics) {
        JsonNode declared = Keywords.SCHEMA.valueIn(json);
        if (declared == null || where.pointer().isRoot()) {
            return;
        }
        Optional<Draft> embedded = declared.isTextual() ? Draft.fromSchemaUri(declared.textValue()) : Optional.empty();
        if (embedded.isEmpty() || embedded.get() != draft) {
            diagnostics.error(
                    DiagnosticCode.UNSUPPORTED_DRAFT,
                    Keywords.SCHEMA.at(where),
                    "an embedded $schema (" + declared + ") that is not the file's draft (" + draft.displayName()
                            + ") is not supported",
                    "Move the subschema into a file of its own with that $schema, or remove the embedded $schema.");
        }
    }

    /**
     * The resource this schema declares ({@code $id}; {@code id} in draft-04). Before 2019-09 a
     * sibling of {@code $ref} is ignored, its {@code $id} too, and an id may carry a plain-name
     * fragment ({@code #foo}, or {@code other.json#foo}): an anchor in the resource it names.
     */
    private URI declareId(JsonNode json, SourceLocation where, URI base, Diagnostics diagnostics) {
        String keyword = Keywords.id(draft).name();
        JsonNode id = json.get(keyword);
        if (id == null || Keywords.refHidesSiblings(json, draft)) {
            return base;
        }
        if (!id.isTextual()) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    where.child(keyword),
                    keyword + " must be a string",
                    "Use an absolute URI such as https://example.com/a.schema.json.");
            return base;
        }
        try {
            URI full = base.resolve(new URI(id.textValue()));
            String fragment = full.getFragment();
            boolean anchorOnly = id.textValue().startsWith("#");
            URI resolved = anchorOnly ? base : withoutFragment(full);
            if (!anchorOnly) {
                register(resources, keyword, resolved, new SchemaNode(json, where, resolved), diagnostics);
            }
            if (draft.refOverridesSiblings() && fragment != null && !fragment.isEmpty() && !fragment.startsWith("/")) {
                register(
                        anchors,
                        keyword,
                        withFragment(resolved, fragment),
                        new SchemaNode(json, where, resolved),
                        diagnostics);
            }
            return resolved;
        } catch (URISyntaxException | IllegalArgumentException e) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    where.child(keyword),
                    keyword + " is not a valid URI: " + id.textValue(),
                    "Use an absolute URI such as https://example.com/a.schema.json.");
            return base;
        }
    }

    private void declareAnchor(JsonNode json, SourceLocation where, URI base, Diagnostics diagnostics) {
        JsonNode anchor = Keywords.ANCHOR.in(draft) ? Keywords.ANCHOR.valueIn(json) : null;
        if (anchor != null && !anchor.isTextual()) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    Keywords.ANCHOR.at(where),
                    "$anchor must be a string",
                    "Use a plain name such as \"part\" and refer to it as \"#part\".");
        }
        if (anchor != null && anchor.isTextual()) {
            URI key = withFragment(base, anchor.textValue());
            register(anchors, Keywords.ANCHOR.name(), key, new SchemaNode(json, where, base), diagnostics);
        }
        // 2019-09: "$recursiveAnchor": true marks a resource $recursiveRef may re-target to.
        if (Keywords.RECURSIVE_ANCHOR.in(draft)
                && Keywords.RECURSIVE_ANCHOR.pathIn(json).asBoolean(false)) {
            dynamicAnchors
                    .computeIfAbsent(RECURSIVE_ANCHOR, name -> new ArrayList<>())
                    .add(new SchemaNode(json, where, base));
        }
        // A $dynamicAnchor is also a plain anchor for $ref (2020-12 §8.2.3.2).
        JsonNode dynamic = Keywords.DYNAMIC_ANCHOR.in(draft) ? Keywords.DYNAMIC_ANCHOR.valueIn(json) : null;
        if (dynamic != null && dynamic.isTextual()) {
            SchemaNode node = new SchemaNode(json, where, base);
            register(
                    anchors,
                    Keywords.DYNAMIC_ANCHOR.name(),
                    withFragment(base, dynamic.textValue()),
                    node,
                    diagnostics);
            dynamicAnchors
                    .computeIfAbsent(dynamic.textValue(), name -> new ArrayList<>())
                    .add(node);
        }
    }

    private void register(
            Map<URI, SchemaNode> into, String keyword, URI key, SchemaNode node, Diagnostics diagnostics) {
        SchemaNode previous = into.putIfAbsent(key, node);
        if (previous != null && !previous.location().equals(node.location())) {
            diagnostics.error(
                    DiagnosticCode.DUPLICATE_ID,
                    node.location().child(keyword),
                    "'" + corpusUri.relativize(key) + "' is also declared at "
                            + previous.location().child(keyword),
                    "Each $id and $anchor must be unique in the corpus: rename one of them.");
        }
    }

    /** OpenAPI's {@code example} (not a JSON Schema keyword) holds data too, in schemas embedded there. */
    private static Set<String> withOpenApiExample(Set<String> data) {
        Set<String> all = new java.util.TreeSet<>(data);
        all.add("example");
        return Set.copyOf(all);
    }

    /** The resource (a file root or a subschema with {@code $id}) declared under this URI. */
    public Optional<SchemaNode> resource(URI uri) {
        return Optional.ofNullable(resources.get(withoutFragment(uri)));
    }

    /** The schema carrying {@code $anchor} {@code name} in resource {@code base}. */
    public Optional<SchemaNode> anchor(URI base, String name) {
        return Optional.ofNullable(anchors.get(withFragment(base, name)));
    }

    /** Every schema declaring {@code $dynamicAnchor} {@code name}, sorted by location. */
    public List<SchemaNode> dynamicAnchors(String name) {
        return dynamicAnchors.getOrDefault(name, List.of()).stream()
                .sorted(Comparator.comparing(SchemaNode::location))
                .toList();
    }

    /** The base URI in force at a schema location recorded by the pre-pass. */
    public URI baseAt(SourceLocation location, URI fallback) {
        return baseAt.getOrDefault(location, fallback);
    }

    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static URI withFragment(URI base, String fragment) {
        try {
            return new URI(base.getScheme(), base.getSchemeSpecificPart(), fragment);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
