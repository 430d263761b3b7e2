package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanionNamerTest {
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void oneValidatorPerFileAndAReaderWhereAsked() {
        CompanionNames names = CompanionNamer.name(
                roots("tone.schema.json", "a/rule.json", "b/rule.json"),
                Set.of("tone.schema.json"),
                Map.of(),
                RuntimeClasses.emitted(true, true, false, true),
                diagnostics);
        assertThat(names.validators())
                .containsExactly(
                        Map.entry("a/rule.json", "ARuleValidator"),
                        Map.entry("b/rule.json", "BRuleValidator"),
                        Map.entry("tone.schema.json", "ToneValidator"));
        assertThat(names.readers()).containsExactly(Map.entry("tone.schema.json", "ToneReader"));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aRuntimeClassIsOnlyTakenWhenTheRunEmitsIt() {
        Map<SourceLocation, String> types = Map.of(SourceLocation.root("violation.json"), "Violation");
        CompanionNamer.name(List.of(), Set.of(), types, RuntimeClasses.emitted(true, false, false, false), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        CompanionNamer.name(
                roots("violation.json"),
                Set.of(),
                types,
                RuntimeClasses.emitted(true, true, false, false),
                diagnostics);
        assertThat(diagnostics.sorted())
                .extracting(Diagnostic::location)
                .containsExactly(java.util.Optional.of(SourceLocation.root("violation.json")));
    }

    @Test
    void theFormatsRuntimeOnlyWithFormats() {
        assertThat(RuntimeClasses.emitted(false, true, false, false)).doesNotContain(RuntimeClasses.JSON_FORMATS);
        assertThat(RuntimeClasses.emitted(false, true, true, false))
                .contains(RuntimeClasses.JSON_FORMATS)
                .doesNotContain(RuntimeClasses.JSON_VALUES, RuntimeClasses.READ_RESULT);
    }

    private static List<SourceLocation> roots(String... files) {
        return java.util.Arrays.stream(files).sorted().map(SourceLocation::root).toList();
    }
}
