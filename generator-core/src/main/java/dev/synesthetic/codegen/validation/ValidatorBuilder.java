package dev.synesthetic.codegen.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.checks.ValueChecks;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.KeywordWarnings;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.Vocabulary;
import dev.synesthetic.codegen.vocabulary.VocabularyKeywords;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the validator model: starting at every file root, reads each reachable schema's keywords
 * through the vocabulary's readers for its draft ({@link Keywords#validated}) into {@link Check}s. Unlike the record model, every
 * validation keyword of the draft is accepted here; a keyword value of the wrong shape is an error.
 */
public final class ValidatorBuilder {
    private final SchemaIndex index;
    private final RefResolver resolver;
    private final Diagnostics diagnostics;
    private final Map<String, URI> retrievalUris = new HashMap<>();
    private final Map<String, Draft> drafts = new HashMap<>();
    private final Map<String, Set<Vocabulary>> vocabularies = new HashMap<>();
    private final Map<SourceLocation, SchemaNode> requested = new HashMap<>();
    /** Subschema location → the keyword whose value it is (when one is). */
    private final Map<SourceLocation, String> heldBy = new HashMap<>();

    private final Deque<SchemaNode> work = new ArrayDeque<>();
    /** Resource root location → id, in first-reached order (deterministic: the walk is). */
    private final Map<SourceLocation, Integer> resourceIds = new HashMap<>();

    private final boolean assertFormats;
    private boolean dynamicScope;

    public ValidatorBuilder(SchemaIndex index, RefResolver resolver, Diagnostics diagnostics) {
        this(index, resolver, diagnostics, false);
    }

    /** @param assertFormats whether {@code format} asserts (for {@link dev.synesthetic.codegen.vocabulary.Formats#ASSERTED}) */
    public ValidatorBuilder(SchemaIndex index, RefResolver resolver, Diagnostics diagnostics, boolean assertFormats) {
        this.index = index;
        this.resolver = resolver;
        this.diagnostics = diagnostics;
        this.assertFormats = assertFormats;
    }

    public ValidatorModel build(Corpus corpus) {
        List<SourceLocation> roots = new ArrayList<>();
        for (SchemaDocument document : corpus.allDocuments()) {
            retrievalUris.put(document.relativePath(), document.retrievalUri());
            drafts.put(document.relativePath(), document.draft());
            vocabularies.put(document.relativePath(), document.vocabularies());
        }
        for (SchemaDocument document : corpus.documents()) {
            roots.add(requestRoot(document));
        }
        List<SchemaUnit> units = new ArrayList<>();
        drain(units);
        // a library file the corpus reaches (a meta-schema) gets a validator class of its own; files it reaches in turn
        // too
        Set<String> rooted = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SchemaDocument document : corpus.library()) {
                if (reached(document.relativePath()) && rooted.add(document.relativePath())) {
                    roots.add(requestRoot(document));
                    drain(units);
                    grew = true;
                }
            }
        }
        units.sort(Comparator.comparing(SchemaUnit::location));
        return new ValidatorModel(units, roots, dynamicScope);
    }

    private SourceLocation requestRoot(SchemaDocument document) {
        SourceLocation root = SourceLocation.root(document.relativePath());
        return request(new SchemaNode(document.root(), root, index.baseAt(root, document.retrievalUri())));
    }

    private void drain(List<SchemaUnit> units) {
        while (!work.isEmpty()) {
            units.add(unit(work.removeFirst()));
        }
    }

    private boolean reached(String file) {
        return requested.keySet().stream().anyMatch(location -> location.file().equals(file));
    }

    /** Notes that the schema at {@code location} is the value of {@code keyword} of the schema around it. */
    void heldBy(SourceLocation location, String keyword) {
        heldBy.putIfAbsent(location, keyword);
    }

    /** Queues a schema for generation (once per location) and returns its location. */
    SourceLocation request(SchemaNode node) {
        if (requested.putIfAbsent(node.location(), node) == null) {
            work.addLast(node);
        }
        return node.location();
    }

    private SchemaUnit unit(SchemaNode node) {
        JsonNode json = node.json();
        int resource = isResourceRoot(node) ? resourceId(node.location()) : -1;
        if (json.isBoolean()) {
            List<Check> checks = json.booleanValue()
                    ? List.of()
                    : List.of(new ValueChecks.FalseSchema(node.location(), heldBy.getOrDefault(node.location(), "")));
            return new SchemaUnit(node.location(), resource, false, checks);
        }
        if (!json.isObject()) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA, node.location(), "a schema must be an object or a boolean", "");
            return new SchemaUnit(node.location(), resource, false, List.of());
        }
        Draft draft = draftOf(node.location().file());
        KeywordWarnings.report(json, node.location(), draft, diagnostics);
        String file = node.location().file();
        boolean collects = !Keywords.refHidesSiblings(json, draft)
                && ((reads(Keywords.UNEVALUATED_PROPERTIES, file) && Keywords.UNEVALUATED_PROPERTIES.isIn(json))
                        || (reads(Keywords.UNEVALUATED_ITEMS, file) && Keywords.UNEVALUATED_ITEMS.isIn(json)));
        return new SchemaUnit(node.location(), resource, collects, checks(new UnitReader(this, node)));
    }

    /** Whether validators read {@code keyword} in {@code file}: its draft has it and its vocabulary is on. */
    boolean reads(Keyword keyword, String file) {
        Draft draft = draftOf(file);
        return keyword.in(draft) && VocabularyKeywords.enabled(keyword, draft, vocabularies.get(file));
    }

    /** The checks of one schema object, in the vocabulary's evaluation order; an off vocabulary's keywords are annotations. */
    private List<Check> checks(UnitReader schema) {
        List<Check> checks = new ArrayList<>();
        String file = schema.location().file();
        for (Keyword keyword : Keywords.validated(schema.json(), schema.draft())) {
            JsonNode value = keyword.valueIn(schema.json());
            if (value != null && reads(keyword, file)) {
                keyword.reader().orElseThrow().read(schema, value, schema.at(keyword), checks);
            }
        }
        return checks;
    }

    private boolean isResourceRoot(SchemaNode node) {
        Draft draft = draftOf(node.location().file());
        JsonNode id = Keywords.id(draft).pathIn(node.json());
        return node.location().pointer().isRoot()
                || (id.isTextual()
                        && !id.textValue().startsWith("#")
                        && !Keywords.refHidesSiblings(node.json(), draft));
    }

    Draft draftOf(String file) {
        return drafts.get(file);
    }

    /** The id of the schema resource {@code node} lies in, for the dynamic scope. */
    int resourceOf(SchemaNode node) {
        return index.resource(node.baseUri()).map(r -> resourceId(r.location())).orElse(-1);
    }

    private int resourceId(SourceLocation resourceRoot) {
        return resourceIds.computeIfAbsent(resourceRoot, r -> resourceIds.size());
    }

    void useDynamicScope() {
        dynamicScope = true;
    }

    /** Format assertion on by the options, or by the format-assertion vocabulary of {@code file}'s meta-schema. */
    boolean assertsFormats(String file) {
        return assertFormats || vocabularies.get(file).contains(Vocabulary.FORMAT_ASSERTION);
    }

    SchemaIndex index() {
        return index;
    }

    RefResolver resolver() {
        return resolver;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    URI retrievalUri(String file) {
        return retrievalUris.get(file);
    }
}
