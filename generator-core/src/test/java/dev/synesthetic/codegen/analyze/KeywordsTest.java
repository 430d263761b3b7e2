package dev.synesthetic.codegen.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.load.Draft;
import org.junit.jupiter.api.Test;

/** Did-you-mean hints come from the file's own draft: never a keyword that draft lacks. */
class KeywordsTest {
  @Test
  void suggestionsComeFromTheFilesDraft() {
    assertThat(Keywords.closest("defs", Draft.DRAFT_2020_12)).contains("$defs");
    assertThat(Keywords.closest("example", Draft.DRAFT_2020_12)).contains("examples");
    assertThat(Keywords.closest("minLenght", Draft.DRAFT_07)).contains("minLength");
    // draft-04 names resources with "id" and has no "const"
    assertThat(Keywords.closest("$id", Draft.DRAFT_04)).contains("id");
    assertThat(Keywords.closest("cont", Draft.DRAFT_04)).isNotEqualTo(java.util.Optional.of("const"));
    // draft-07 keywords that 2020-12 dropped are suggested in draft-07
    assertThat(Keywords.closest("dependancies", Draft.DRAFT_07)).contains("dependencies");
    assertThat(Keywords.closest("additionalItem", Draft.DRAFT_07)).contains("additionalItems");
  }
}
