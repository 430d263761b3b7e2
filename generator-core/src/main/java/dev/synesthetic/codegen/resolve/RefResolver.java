package dev.synesthetic.codegen.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@code $ref} into the schema it names, using only the corpus: an {@code $id} declared in
 * the corpus, an {@code $anchor}, a file below the corpus folder, or an {@code $id} prefix mapped to
 * a folder. Nothing is fetched; a ref that leaves the corpus folder is refused.
 */
public final class RefResolver {
    private final SchemaIndex index;
    private final Path corpusRoot;
    private final TreeMap<String, Path> idPrefixes;
    /** The $refs already warned about: records and validators resolve each, the user hears once. */
    private final Set<SourceLocation> warned = ConcurrentHashMap.newKeySet();

    /**
     * @param idPrefixes {@code $id} prefix to folder (relative to the corpus folder) for schemas that
     *     do not declare the {@code $id} they are referenced by
     */
    public RefResolver(SchemaIndex index, Path corpusRoot, Map<String, Path> idPrefixes) {
        this.index = index;
        this.corpusRoot = corpusRoot.toAbsolutePath().normalize();
        this.idPrefixes = new TreeMap<>(idPrefixes);
    }

    /**
     * Resolves {@code written}, written at {@code from} (the {@code $ref} keyword's location) in a schema
     * whose base URI is {@code base}; reports a diagnostic and returns empty when it cannot. A fragment
     * a URI cannot hold as written but that spells a JSON Pointer is read as that pointer, with a
     * LENIENT_REF warning.
     */
    public Optional<SchemaNode> resolve(
            String written, URI base, URI retrievalUri, SourceLocation from, Diagnostics diagnostics) {
        String ref = LenientFragments.strict(written).orElse(written);
        if (!ref.equals(written) && warned.add(from)) {
            diagnostics.warning(
                    DiagnosticCode.LENIENT_REF,
                    from,
                    "$ref " + written + " is not a valid URI reference; read as the JSON Pointer "
                            + written.substring(written.indexOf('#') + 1),
                    "Percent-encode the characters a URI fragment cannot hold, e.g. "
                            + LenientFragments.strict(written).orElseThrow() + ".");
        }
        URI target;
        try {
            target = resolveAgainst(base, new URI(ref));
        } catch (URISyntaxException | IllegalArgumentException e) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    from,
                    "$ref is not a valid URI reference: " + ref,
                    "Percent-encode spaces and special characters, e.g. #/$defs/with%20space.");
            return Optional.empty();
        }
        URI document = SchemaIndex.withoutFragment(target);
        Optional<SchemaNode> resource =
                index.resource(document).or(() -> byPrefix(document)).or(() -> relativeToFile(ref, retrievalUri));
        if (resource.isEmpty()) {
            reportMissing(escapingFile(ref, retrievalUri).orElse(document), from, diagnostics);
            return Optional.empty();
        }
        return fragment(resource.get(), target.getRawFragment(), ref, from, diagnostics);
    }

    /** Like {@link URI#resolve}, which leaves a fragment-only ref unresolved against an opaque base ({@code urn:…}). */
    private static URI resolveAgainst(URI base, URI ref) throws URISyntaxException {
        if (base.isOpaque()
                && !ref.isAbsolute()
                && (ref.getRawSchemeSpecificPart() == null
                        || ref.getRawSchemeSpecificPart().isEmpty())) {
            return new URI(base.getScheme(), base.getSchemeSpecificPart(), ref.getFragment());
        }
        return base.resolve(ref);
    }

    private Optional<SchemaNode> byPrefix(URI document) {
        String text = document.toString();
        Map.Entry<String, Path> mapping = idPrefixes.floorEntry(text);
        while (mapping != null) {
            if (text.startsWith(mapping.getKey())) {
                Path file = corpusRoot
                        .resolve(mapping.getValue())
                        .resolve(text.substring(mapping.getKey().length()))
                        .normalize();
                // a copy of published schemas names files as their URLs plus ".json" (the meta-schemas do)
                return index.resource(file.toUri())
                        .or(() -> index.resource(file.resolveSibling(file.getFileName() + ".json")
                                .toUri()));
            }
            mapping = idPrefixes.lowerEntry(mapping.getKey());
        }
        return Optional.empty();
    }

    /** A relative ref also names a file next to the referring file, whatever its {@code $id}. */
    private Optional<SchemaNode> relativeToFile(String ref, URI retrievalUri) {
        try {
            URI parsed = new URI(ref);
            if (parsed.isAbsolute()
                    || parsed.getRawPath() == null
                    || parsed.getRawPath().isEmpty()) {
                return Optional.empty();
            }
            return index.resource(SchemaIndex.withoutFragment(retrievalUri.resolve(parsed)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A relative ref whose file would lie outside the corpus folder: reported as such, whatever the $id. */
    private Optional<URI> escapingFile(String ref, URI retrievalUri) {
        try {
            URI parsed = new URI(ref);
            if (parsed.isAbsolute()
                    || parsed.getRawPath() == null
                    || parsed.getRawPath().isEmpty()) {
                return Optional.empty();
            }
            URI file = SchemaIndex.withoutFragment(retrievalUri.resolve(parsed));
            return Path.of(file).normalize().startsWith(corpusRoot) ? Optional.empty() : Optional.of(file);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void reportMissing(URI document, SourceLocation from, Diagnostics diagnostics) {
        if ("file".equals(document.getScheme())
                && !Path.of(document).normalize().startsWith(corpusRoot)) {
            diagnostics.error(
                    DiagnosticCode.REF_OUTSIDE_CORPUS,
                    from,
                    "$ref leaves the schema folder: "
                            + corpusRoot.relativize(Path.of(document).normalize()),
                    "Only files below the schema folder are read; move the schema into it.");
        } else if ("file".equals(document.getScheme())) {
            diagnostics.error(
                    DiagnosticCode.UNRESOLVABLE_REF,
                    from,
                    "$ref names a file that is not in the schema folder: " + corpusRoot.relativize(Path.of(document)),
                    "Check the file name, or add the missing schema.");
        } else if (MetaSchemas.isOfficial(document)) {
            diagnostics.error(
                    DiagnosticCode.UNRESOLVABLE_REF,
                    from,
                    "$ref names the official meta-schema " + document + ", which is never fetched",
                    MetaSchemas.hint(document));
        } else {
            diagnostics.error(
                    DiagnosticCode.UNRESOLVABLE_REF,
                    from,
                    "no schema in the corpus declares $id " + document,
                    mapHint(document));
        }
    }

    /**
     * What to do about an absolute {@code $id} nobody declares: the flag that maps its prefix (up to
     * the last {@code /}, or {@code :} in a URN) to a folder holding a copy.
     */
    private static String mapHint(URI document) {
        String text = document.toString();
        int cut = Math.max(text.lastIndexOf('/'), document.isOpaque() ? text.lastIndexOf(':') : -1) + 1;
        String prefix = text.substring(0, cut);
        return "Nothing is fetched from the network: add the schema to the folder, or map the $id's prefix to a folder"
                + " holding it (as " + text.substring(cut) + "[.json], or any file declaring that $id): --map-id "
                + prefix + "=DIR (settings file idPrefixes {\"" + prefix + "\": \"DIR\"}, Maven <idPrefixes>).";
    }

    private Optional<SchemaNode> fragment(
            SchemaNode resource, String rawFragment, String ref, SourceLocation from, Diagnostics diagnostics) {
        if (rawFragment == null || rawFragment.isEmpty()) {
            return Optional.of(resource);
        }
        String fragment = URLDecoder.decode(rawFragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!fragment.startsWith("/")) {
            Optional<SchemaNode> anchored = index.anchor(resource.baseUri(), fragment);
            if (anchored.isEmpty()) {
                diagnostics.error(
                        DiagnosticCode.UNRESOLVABLE_REF,
                        from,
                        "no $anchor '" + fragment + "' in "
                                + resource.location().file(),
                        "Check the anchor name in " + ref + ".");
            }
            return anchored;
        }
        JsonPointer pointer;
        try {
            pointer = JsonPointer.parse(fragment);
        } catch (IllegalArgumentException e) {
            diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    from,
                    e.getMessage(),
                    "Escape ~ as ~0 and / as ~1 inside a JSON Pointer.");
            return Optional.empty();
        }
        JsonNode node = resource.json();
        SourceLocation where = resource.location();
        for (String token : pointer.tokens()) {
            node = node.isArray() && token.matches("0|[1-9][0-9]{0,8}")
                    ? node.get(Integer.parseInt(token))
                    : node.get(token);
            where = where.child(token);
            if (node == null) {
                diagnostics.error(
                        DiagnosticCode.UNRESOLVABLE_REF,
                        from,
                        "$ref " + ref + " points at nothing: " + where + " does not exist",
                        "Check the JSON Pointer after '#'.");
                return Optional.empty();
            }
        }
        return Optional.of(new SchemaNode(node, where, index.baseAt(where, resource.baseUri())));
    }
}
