package dev.synesthetic.codegen.vocabulary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The standard vocabularies of drafts 2019-09 and 2020-12, as a meta-schema's {@code $vocabulary}
 * names them ({@code https://json-schema.org/draft/2020-12/vocab/validation}). Which keyword belongs
 * to which is {@link VocabularyKeywords}. Drafts up to 07 have no vocabularies: every keyword is on.
 */
public enum Vocabulary {
    CORE("core", "core"),
    APPLICATOR("applicator", "applicator"),
    /** 2019-09 keeps the {@code unevaluated*} keywords in its applicator vocabulary. */
    UNEVALUATED("unevaluated", null),
    VALIDATION("validation", "validation"),
    META_DATA("meta-data", "meta-data"),
    /**
     * 2019-09's {@code format} vocabulary (named after its one keyword): an annotation unless the user
     * turns format assertion on.
     */
    FORMAT_ANNOTATION("format-annotation", Keywords.FORMAT.name()),
    /** On, {@code format} asserts for the schemas of that meta-schema whatever the options say. */
    FORMAT_ASSERTION("format-assertion", null),
    CONTENT("content", "content");

    private final String name202012;
    private final String name201909;

    Vocabulary(String name202012, String name201909) {
        this.name202012 = name202012;
        this.name201909 = name201909;
    }

    /** Its name in {@code draft} (the last segment of its URI and the name of its meta-schema file), if it has one there. */
    public Optional<String> nameIn(Draft draft) {
        return Optional.ofNullable(
                switch (draft) {
                    case DRAFT_2020_12 -> name202012;
                    case DRAFT_2019_09 -> name201909;
                    default -> null;
                });
    }

    /** {@code https://json-schema.org/draft/2020-12/vocab/core}, for a draft that has it. */
    public Optional<String> uriIn(Draft draft) {
        return nameIn(draft).map(name -> draft.uri().replaceFirst("/schema$", "/vocab/") + name);
    }

    /** The vocabulary of {@code draft} that {@code uri} names (an empty fragment allowed), or empty for one we do not know. */
    public static Optional<Vocabulary> fromUri(String uri, Draft draft) {
        String key = uri.endsWith("#") ? uri.substring(0, uri.length() - 1) : uri;
        return Arrays.stream(values())
                .filter(v -> v.uriIn(draft).filter(key::equals).isPresent())
                .findFirst();
    }

    /** What the draft's own meta-schema turns on: every vocabulary it has but format assertion. */
    public static Set<Vocabulary> defaults(Draft draft) {
        Set<Vocabulary> on = EnumSet.noneOf(Vocabulary.class);
        for (Vocabulary vocabulary : values()) {
            if (vocabulary != FORMAT_ASSERTION && (vocabulary.nameIn(draft).isPresent() || !draft.hasVocabularies())) {
                on.add(vocabulary);
            }
        }
        return on;
    }
}
