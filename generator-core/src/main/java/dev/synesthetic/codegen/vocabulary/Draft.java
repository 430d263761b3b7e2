package dev.synesthetic.codegen.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON Schema drafts the generator reads, each with its own keywords and semantics. A file's
 * draft is its root {@code $schema}; a file without one gets the configured default.
 */
public enum Draft {
    DRAFT_04("04", "draft-04", "http://json-schema.org/draft-04/schema"),
    DRAFT_06("06", "draft-06", "http://json-schema.org/draft-06/schema"),
    DRAFT_07("07", "draft-07", "http://json-schema.org/draft-07/schema"),
    DRAFT_2019_09("2019-09", "2019-09", "https://json-schema.org/draft/2019-09/schema"),
    DRAFT_2020_12("2020-12", "2020-12", "https://json-schema.org/draft/2020-12/schema");

    /** Drafts recognised only to be refused by name. */
    private static final String DRAFT_03 = "http://json-schema.org/draft-03/schema";

    private final String optionName;
    private final String displayName;
    private final String uri;

    Draft(String optionName, String displayName, String uri) {
        this.optionName = optionName;
        this.displayName = displayName;
        this.uri = uri;
    }

    /** How options and settings files spell it: {@code 04}, {@code 07}, {@code 2019-09}, ... */
    public String optionName() {
        return optionName;
    }

    /** How messages spell it: {@code draft-07}, {@code 2020-12}. */
    public String displayName() {
        return displayName;
    }

    /** The metaschema URI a {@code $schema} names it by (an empty fragment is allowed too). */
    public String uri() {
        return uri;
    }

    /** Drafts up to 07: {@code $ref} makes every sibling keyword ignored, {@code definitions}, {@code dependencies}. */
    public boolean refOverridesSiblings() {
        return compareTo(DRAFT_07) <= 0;
    }

    /** Drafts since 2019-09: a meta-schema's {@code $vocabulary} says which keywords apply ({@link Vocabulary}). */
    public boolean hasVocabularies() {
        return compareTo(DRAFT_2019_09) >= 0;
    }

    /** Drafts before 2020-12: {@code items} may be an array (a tuple) and {@code additionalItems} follows it. */
    public boolean tupleItems() {
        return compareTo(DRAFT_2019_09) <= 0;
    }

    /**
     * The draft a {@code $schema} value names, or empty when it names none we support. The scheme is
     * not part of the name: real files write {@code https://json-schema.org/draft-07/schema#} as
     * often as the official {@code http://}, and the 2020-12 URI with {@code http://} too.
     */
    public static Optional<Draft> fromSchemaUri(String schemaUri) {
        String key = withoutScheme(withoutEmptyFragment(schemaUri));
        return Arrays.stream(values())
                .filter(d -> withoutScheme(d.uri).equals(key))
                .findFirst();
    }

    private static String withoutScheme(String uri) {
        return uri.replaceFirst("^https?://", "//");
    }

    /** Whether the value names a draft we know and refuse (draft-03). */
    public static boolean isKnownUnsupported(String schemaUri) {
        return withoutEmptyFragment(schemaUri).equals(DRAFT_03);
    }

    private static String withoutEmptyFragment(String uri) {
        return uri.endsWith("#") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** Parses an option value: {@code 04}/{@code 4}/{@code draft-04}, ..., {@code 2019-09}, {@code 2020-12}. */
    public static Draft parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^draft-?", "");
        for (Draft draft : values()) {
            if (draft.optionName.equals(key) || draft.optionName.equals("0" + key)) {
                return draft;
            }
        }
        throw new IllegalArgumentException("unknown draft '" + text + "' (supported: " + supported() + ")");
    }

    /** {@code 04, 06, 07, 2019-09, 2020-12}. */
    public static String supported() {
        return Arrays.stream(values()).map(Draft::optionName).collect(Collectors.joining(", "));
    }
}
