package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The keyword → vocabulary table against the official vocabulary meta-schemas ({@code meta/<name>.json}). */
class VocabularyKeywordsTest {
    private static final Path METASCHEMAS = Locations.shared().resolve("json-schema-metaschemas/draft");

    @Test
    void eachVocabularyHoldsTheKeywordsItsMetaSchemaLists() throws IOException {
        for (Draft draft : Set.of(Draft.DRAFT_2019_09, Draft.DRAFT_2020_12)) {
            for (Vocabulary vocabulary : Vocabulary.values()) {
                if (vocabulary.nameIn(draft).isEmpty()) {
                    continue;
                }
                Path file = METASCHEMAS.resolve(
                        draft.optionName() + "/meta/" + vocabulary.nameIn(draft).get() + ".json");
                JsonNode meta = new ObjectMapper().readTree(file.toFile());
                Set<String> listed = new TreeSet<>();
                meta.path("properties").fieldNames().forEachRemaining(listed::add);
                Set<String> ours = new TreeSet<>();
                for (Keyword keyword : Keywords.of(draft)) {
                    if (VocabularyKeywords.of(keyword, draft).contains(vocabulary)) {
                        ours.add(keyword.name());
                    }
                }
                assertThat(ours).as("%s %s", draft.displayName(), vocabulary).isEqualTo(listed);
                meta.path("$vocabulary")
                        .fieldNames()
                        .forEachRemaining(uri -> assertThat(Vocabulary.fromUri(uri, draft))
                                .as(uri)
                                .contains(vocabulary));
            }
        }
    }

    @Test
    void offVocabulariesSwitchTheirKeywordsOffAndKeywordsOfNoVocabularyStayOn() {
        Set<Vocabulary> noValidation = Set.of(Vocabulary.CORE, Vocabulary.APPLICATOR);

        assertThat(VocabularyKeywords.enabled(Keywords.MINIMUM, Draft.DRAFT_2020_12, noValidation))
                .isFalse();
        assertThat(VocabularyKeywords.enabled(Keywords.PROPERTIES, Draft.DRAFT_2020_12, noValidation))
                .isTrue();
        assertThat(VocabularyKeywords.enabled(Keywords.UNEVALUATED_ITEMS, Draft.DRAFT_2020_12, noValidation))
                .isFalse();
        assertThat(VocabularyKeywords.enabled(Keywords.UNEVALUATED_ITEMS, Draft.DRAFT_2019_09, noValidation))
                .isTrue();
        assertThat(VocabularyKeywords.enabled(
                        Keywords.FORMAT, Draft.DRAFT_2020_12, Set.of(Vocabulary.FORMAT_ASSERTION)))
                .isTrue();
        assertThat(VocabularyKeywords.enabled(Keywords.MINIMUM, Draft.DRAFT_07, Set.of()))
                .isTrue();
        assertThat(Vocabulary.defaults(Draft.DRAFT_2020_12))
                .doesNotContain(Vocabulary.FORMAT_ASSERTION)
                .contains(Vocabulary.VALIDATION, Vocabulary.UNEVALUATED);
        assertThat(Vocabulary.defaults(Draft.DRAFT_2019_09)).doesNotContain(Vocabulary.UNEVALUATED);
    }
}
