package dev.synesthetic.codegen.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.SchemaDocument;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.runtime.JsonRegex;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Keywords;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The root {@code "$schema"} key of an instance document: metadata naming the schema it follows
 * (Synesthetic examples carry one), set aside before validation and binding, unless the root
 * schema declares it: names it in {@code properties}, or has a {@code patternProperties} pattern
 * that matches it. Then it is a member like any other, validated and bound (many real schemas
 * list it in {@code required}). {@code additionalProperties} does not count: a schema that merely
 * tolerates unknown keys did not ask for the metadata. The one rule for readers and the CLI.
 */
public final class InstanceSchemaKey {
    public static final String NAME = Keywords.SCHEMA.name();

    private InstanceSchemaKey() {}

    public static boolean declaredBy(JsonNode rootSchema) {
        if (Keywords.PROPERTIES.pathIn(rootSchema).has(NAME)) {
            return true;
        }
        for (Iterator<String> patterns =
                        Keywords.PATTERN_PROPERTIES.pathIn(rootSchema).fieldNames();
                patterns.hasNext(); ) {
            try {
                if (Pattern.compile(JsonRegex.toJava(patterns.next()))
                        .matcher(NAME)
                        .find()) {
                    return true;
                }
            } catch (PatternSyntaxException e) {
                // the validator build reports a bad pattern; it declares nothing
            }
        }
        return false;
    }

    /**
     * The schema files whose root declares the key, so it is kept in their instances: the root
     * itself, or a schema it applies in full to the same instance ({@code $ref}, {@code allOf}), as
     * real schemas often root a file at {@code {"$ref": "#/$defs/Doc"}}. A reference that does not
     * resolve declares nothing (the validator build reports it).
     */
    public static SortedSet<String> declaringFiles(Corpus corpus, SchemaIndex index, RefResolver resolver) {
        SortedSet<String> files = new TreeSet<>();
        Map<String, URI> retrievalUris = new HashMap<>();
        corpus.allDocuments().forEach(d -> retrievalUris.put(d.relativePath(), d.retrievalUri()));
        for (SchemaDocument document : corpus.documents()) {
            SourceLocation root = SourceLocation.root(document.relativePath());
            SchemaNode node = new SchemaNode(document.root(), root, index.baseAt(root, document.retrievalUri()));
            if (declaredThrough(node, retrievalUris, index, resolver, new HashSet<>())) {
                files.add(document.relativePath());
            }
        }
        return files;
    }

    private static boolean declaredThrough(
            SchemaNode node,
            Map<String, URI> retrievalUris,
            SchemaIndex index,
            RefResolver resolver,
            Set<SourceLocation> seen) {
        if (!seen.add(node.location()) || !node.json().isObject()) {
            return false;
        }
        if (declaredBy(node.json())) {
            return true;
        }
        JsonNode ref = Keywords.REF.pathIn(node.json());
        if (ref.isTextual()) {
            // Diagnostics of their own: the pipelines report unresolvable references once, not here.
            Optional<SchemaNode> target = resolver.resolve(
                    ref.textValue(),
                    node.baseUri(),
                    retrievalUris.get(node.location().file()),
                    node.location().child(Keywords.REF.name()),
                    new Diagnostics());
            if (target.isPresent() && declaredThrough(target.get(), retrievalUris, index, resolver, seen)) {
                return true;
            }
        }
        JsonNode branches = Keywords.ALL_OF.pathIn(node.json());
        for (int i = 0; i < branches.size(); i++) {
            SourceLocation at = node.location().child(Keywords.ALL_OF.name()).child(i);
            SchemaNode branch = new SchemaNode(branches.get(i), at, index.baseAt(at, node.baseUri()));
            if (declaredThrough(branch, retrievalUris, index, resolver, seen)) {
                return true;
            }
        }
        return false;
    }
}
