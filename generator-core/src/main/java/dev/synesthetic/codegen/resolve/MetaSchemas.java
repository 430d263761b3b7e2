package dev.synesthetic.codegen.resolve;

import java.net.URI;

/**
 * The official meta-schemas (and their vocabulary meta-schemas) at json-schema.org: never fetched,
 * so a {@code $ref} to one resolves only through a mapped copy, and one that does not says how to map it.
 */
final class MetaSchemas {
    static final String HOST = "json-schema.org";

    private MetaSchemas() {}

    static boolean isOfficial(URI document) {
        return HOST.equals(document.getHost())
                && ("http".equals(document.getScheme()) || "https".equals(document.getScheme()));
    }

    /** The flag (and its settings / plugin spellings) that maps a local copy, for this URI's scheme. */
    static String hint(URI document) {
        String prefix = document.getScheme() + "://" + HOST + "/";
        return "Map a local copy of the meta-schemas (files named as their URLs plus .json, e.g."
                + " draft/2020-12/schema.json, draft-07/schema.json): --map-id " + prefix + "=DIR"
                + " (settings file idPrefixes {\"" + prefix + "\": \"DIR\"}, Maven <idPrefixes>).";
    }
}
