package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Applicators;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.source.SourceLocation;
import java.net.URI;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code $dynamicRef}. It first resolves like {@code $ref}; only when that target declares a
 * {@code $dynamicAnchor} of the fragment's name ("bookending") does the target depend on the
 * dynamic scope. Every resource in the corpus declaring that anchor becomes a candidate; the
 * generated code picks the outermost one in scope at run time.
 */
final class DynamicRefKeyword {
    private DynamicRefKeyword() {}

    static void read(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        schema.resolve(Keywords.DYNAMIC_REF).ifPresent(target -> {
            String anchor = anchorName(value.textValue());
            boolean bookended = anchor != null
                    && anchor.equals(
                            Keywords.DYNAMIC_ANCHOR.pathIn(target.json()).textValue());
            out.add(
                    bookended
                            ? dynamic(schema, at, target, schema.dynamicAnchors(anchor))
                            : new Applicators.Ref(at, target.location(), target.resource()));
        });
    }

    /**
     * 2019-09 {@code $recursiveRef}: resolves like {@code $ref}; when that target says
     * {@code "$recursiveAnchor": true}, the outermost resource in the dynamic scope that says so too
     * is used instead at run time.
     */
    static void recursive(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        schema.resolve(Keywords.RECURSIVE_REF).ifPresent(target -> {
            boolean anchored = Keywords.RECURSIVE_ANCHOR.pathIn(target.json()).asBoolean(false);
            out.add(
                    anchored
                            ? dynamic(schema, at, target, schema.recursiveAnchors())
                            : new Applicators.Ref(at, target.location(), target.resource()));
        });
    }

    /** Each resource's first anchored schema is a candidate; the target is the fallback. */
    private static Check dynamic(
            SchemaReader schema, SourceLocation at, SchemaReader.Target target, List<SchemaReader.Target> anchored) {
        SortedMap<Integer, SourceLocation> candidates = new TreeMap<>();
        for (SchemaReader.Target candidate : anchored) {
            candidates.putIfAbsent(candidate.resource(), candidate.location());
        }
        schema.useDynamicScope();
        return new Applicators.DynamicRef(at, target.location(), target.resource(), candidates);
    }

    /** The plain-name fragment of the reference, or null for a JSON Pointer fragment or none. */
    private static String anchorName(String ref) {
        String fragment = URI.create(ref).getFragment();
        return fragment == null || fragment.isEmpty() || fragment.startsWith("/") ? null : fragment;
    }
}
