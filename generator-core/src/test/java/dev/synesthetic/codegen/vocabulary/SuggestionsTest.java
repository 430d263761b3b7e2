package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Did-you-mean hints come from the file's own draft: never a keyword that draft lacks. */
class SuggestionsTest {
    @Test
    void suggestionsComeFromTheFilesDraft() {
        assertThat(Suggestions.closest("defs", Draft.DRAFT_2020_12)).contains("$defs");
        assertThat(Suggestions.closest("example", Draft.DRAFT_2020_12)).contains("examples");
        assertThat(Suggestions.closest("minLenght", Draft.DRAFT_07)).contains("minLength");
        // draft-04 names resources with "id" and has no "const"
        assertThat(Suggestions.closest("$id", Draft.DRAFT_04)).contains("id");
        assertThat(Suggestions.closest("cont", Draft.DRAFT_04)).isNotEqualTo(java.util.Optional.of("const"));
        // draft-07 keywords that 2020-12 dropped are suggested in draft-07
        assertThat(Suggestions.closest("dependancies", Draft.DRAFT_07)).contains("dependencies");
        assertThat(Suggestions.closest("additionalItem", Draft.DRAFT_07)).contains("additionalItems");
        // two edits that are both insertions: as far as the lengths alone allow
        assertThat(Suggestions.closest("exampl", Draft.DRAFT_2020_12)).contains("examples");
        assertThat(Suggestions.closest("propertyNamesXYZ", Draft.DRAFT_2020_12)).isEmpty();
    }
}
