package dev.synesthetic.codegen.vocabulary;

import static dev.synesthetic.codegen.vocabulary.Vocabulary.APPLICATOR;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.CONTENT;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.CORE;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.FORMAT_ANNOTATION;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.FORMAT_ASSERTION;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.META_DATA;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.UNEVALUATED;
import static dev.synesthetic.codegen.vocabulary.Vocabulary.VALIDATION;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which vocabulary each keyword belongs to, as the 2019-09 and 2020-12 vocabulary meta-schemas
 * ({@code meta/*.json}) list them ({@code VocabularyKeywordsTest} holds the table to them). A keyword
 * of a vocabulary the schema's meta-schema leaves off is an annotation there: validators do not read it.
 */
public final class VocabularyKeywords {
    private static final Map<Keyword, Set<Vocabulary>> TABLE = new HashMap<>();

    static {
        put(
                List.of(
                        Keywords.ID,
                        Keywords.SCHEMA,
                        Keywords.REF,
                        Keywords.ANCHOR,
                        Keywords.DYNAMIC_REF,
                        Keywords.DYNAMIC_ANCHOR,
                        Keywords.RECURSIVE_REF,
                        Keywords.RECURSIVE_ANCHOR,
                        Keywords.VOCABULARY,
                        Keywords.COMMENT,
                        Keywords.DEFS),
                CORE);
        put(
                List.of(
                        Keywords.PREFIX_ITEMS,
                        Keywords.ITEMS,
                        Keywords.ADDITIONAL_ITEMS,
                        Keywords.CONTAINS,
                        Keywords.ADDITIONAL_PROPERTIES,
                        Keywords.PROPERTIES,
                        Keywords.PATTERN_PROPERTIES,
                        Keywords.DEPENDENT_SCHEMAS,
                        Keywords.PROPERTY_NAMES,
                        Keywords.IF,
                        Keywords.THEN,
                        Keywords.ELSE,
                        Keywords.ALL_OF,
                        Keywords.ANY_OF,
                        Keywords.ONE_OF,
                        Keywords.NOT),
                APPLICATOR);
        put(List.of(Keywords.UNEVALUATED_ITEMS, Keywords.UNEVALUATED_PROPERTIES), UNEVALUATED);
        put(
                List.of(
                        Keywords.TYPE,
                        Keywords.CONST,
                        Keywords.ENUM,
                        Keywords.MULTIPLE_OF,
                        Keywords.MAXIMUM,
                        Keywords.EXCLUSIVE_MAXIMUM,
                        Keywords.MINIMUM,
                        Keywords.EXCLUSIVE_MINIMUM,
                        Keywords.MAX_LENGTH,
                        Keywords.MIN_LENGTH,
                        Keywords.PATTERN,
                        Keywords.MAX_ITEMS,
                        Keywords.MIN_ITEMS,
                        Keywords.UNIQUE_ITEMS,
                        Keywords.MAX_CONTAINS,
                        Keywords.MIN_CONTAINS,
                        Keywords.MAX_PROPERTIES,
                        Keywords.MIN_PROPERTIES,
                        Keywords.REQUIRED,
                        Keywords.DEPENDENT_REQUIRED),
                VALIDATION);
        put(
                List.of(
                        Keywords.TITLE,
                        Keywords.DESCRIPTION,
                        Keywords.DEFAULT,
                        Keywords.DEPRECATED,
                        Keywords.READ_ONLY,
                        Keywords.WRITE_ONLY,
                        Keywords.EXAMPLES),
                META_DATA);
        put(List.of(Keywords.FORMAT), FORMAT_ANNOTATION);
        put(List.of(Keywords.FORMAT), FORMAT_ASSERTION);
        put(List.of(Keywords.CONTENT_ENCODING, Keywords.CONTENT_MEDIA_TYPE, Keywords.CONTENT_SCHEMA), CONTENT);
    }

    private VocabularyKeywords() {}

    private static void put(List<Keyword> keywords, Vocabulary vocabulary) {
        for (Keyword keyword : keywords) {
            TABLE.computeIfAbsent(keyword, k -> EnumSet.noneOf(Vocabulary.class))
                    .add(vocabulary);
        }
    }

    /**
     * The vocabularies {@code keyword} belongs to in {@code draft}: none up to draft-07 and for the
     * keywords no vocabulary lists ({@code definitions}, {@code dependencies}); 2019-09's applicator
     * holds {@code unevaluated*}.
     */
    public static Set<Vocabulary> of(Keyword keyword, Draft draft) {
        if (!draft.hasVocabularies() || !TABLE.containsKey(keyword)) {
            return Set.of();
        }
        Set<Vocabulary> in = EnumSet.noneOf(Vocabulary.class);
        for (Vocabulary vocabulary : TABLE.get(keyword)) {
            if (vocabulary == UNEVALUATED && draft == Draft.DRAFT_2019_09) {
                in.add(APPLICATOR);
            } else if (vocabulary.nameIn(draft).isPresent()) {
                in.add(vocabulary);
            }
        }
        return in;
    }

    /** Whether {@code keyword} applies under {@code on}: one of its vocabularies is on, or it belongs to none. */
    public static boolean enabled(Keyword keyword, Draft draft, Set<Vocabulary> on) {
        Set<Vocabulary> in = of(keyword, draft);
        return in.isEmpty() || in.stream().anyMatch(on::contains);
    }
}
