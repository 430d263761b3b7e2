package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GeneratorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts the property-based test once contradicted, and the report's information lines: each case
 * is one schema pair, judged without validators (the verdict by kind alone).
 */
class CompatVerdictsTest {
    @TempDir
    Path old;

    @TempDir
    Path neu;

    private CompatReport compare(String oldSchema, String newSchema) throws Exception {
        Files.writeString(old.resolve("s.schema.json"), oldSchema);
        Files.writeString(neu.resolve("s.schema.json"), newSchema);
        return CompatChecker.compare(config(old), config(neu), DocumentValidators.NONE);
    }

    private static GeneratorConfig config(Path folder) {
        return GeneratorConfig.builder(folder, "p")
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .build();
    }

    private static boolean failing(CompatReport report, Category direction) {
        return report.changes().stream().anyMatch(c -> c.outcome(direction).failing());
    }

    @Test
    void aTypeBesideAnEnumStillFiltersItsValues() throws Exception {
        // false was valid; under type null it is not
        CompatReport report = compare("{\"enum\": [false]}", "{\"enum\": [false], \"type\": \"null\"}");

        assertThat(failing(report, Category.BACKWARD)).isTrue();
        assertThat(failing(report, Category.FORWARD)).isFalse();
    }

    @Test
    void aConstOfAnotherTypeThanItsTypeAcceptsNothing() throws Exception {
        // "" was rejected by type number; type string accepts it
        CompatReport report =
                compare("{\"const\": \"\", \"type\": \"number\"}", "{\"const\": \"\", \"type\": \"string\"}");

        assertThat(failing(report, Category.FORWARD)).isTrue();
        assertThat(failing(report, Category.BACKWARD)).isFalse();
    }

    @Test
    void aNarrowedOneOfBranchMayBreakNewDocumentsToo() throws Exception {
        // -4 matched branches 0 and 2 (two: invalid); once branch 2 takes only null, it matches one
        CompatReport report = compare(
                "{\"oneOf\": [{\"type\": \"number\", \"exclusiveMaximum\": -3}, true]}",
                "{\"oneOf\": [{\"type\": \"number\", \"exclusiveMaximum\": -3}, {\"type\": \"null\"}]}");

        assertThat(failing(report, Category.FORWARD)).isTrue();
        assertThat(failing(report, Category.BACKWARD)).isTrue();
    }

    @Test
    void aWidenedOneOfBranchMayBreakOldDocuments() throws Exception {
        // 3 matched branch 0 alone; once branch 1 takes every integer, it matches two
        CompatReport report = compare(
                "{\"oneOf\": [{\"type\": \"integer\", \"minimum\": 0}, {\"type\": \"integer\", \"maximum\": -1}]}",
                "{\"oneOf\": [{\"type\": \"integer\", \"minimum\": 0}, {\"type\": \"integer\"}]}");

        assertThat(failing(report, Category.BACKWARD)).isTrue();
    }

    @Test
    void aCopyOfAOneOfBranchIsAnAddedBranch() throws Exception {
        // null matched the one branch; with a copy of it, null matches two
        CompatReport report = compare(
                "{\"oneOf\": [{\"type\": \"null\"}]}", "{\"oneOf\": [{\"type\": \"null\"}, {\"type\": \"null\"}]}");

        assertThat(failing(report, Category.BACKWARD)).isTrue();
    }

    @Test
    void anAnyOfBranchChangeIsUndecidedUntilProven() throws Exception {
        // "a" leaves branch 0 but branch 1 still takes it: no claim of breaking without a proof
        CompatReport report = compare(
                "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"string\", \"minLength\": 1}]}",
                "{\"anyOf\": [{\"type\": \"string\", \"maxLength\": 0}, {\"type\": \"string\", \"minLength\": 1}]}");

        assertThat(report.changes()).extracting(c -> c.backward().verdict()).containsExactly(Verdict.UNDECIDED);
    }

    @Test
    void aVersionJsonChangeIsReportedAsInformation() throws Exception {
        Files.writeString(old.resolve("version.json"), "{\"schemaVersion\": \"0.7.0\"}");
        Files.writeString(neu.resolve("version.json"), "{\"schemaVersion\": \"0.7.3\"}");

        CompatReport report = compare("{\"type\": \"string\"}", "{\"type\": \"string\"}");

        assertThat(report.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.VERSION_CHANGED);
            assertThat(c.message()).startsWith("schemaVersion \"0.7.0\" -> \"0.7.3\"");
            assertThat(c.backward().failing()).isFalse();
            assertThat(c.forward().failing()).isFalse();
        });
    }

    @Test
    void aRefWrittenAnotherWayToThePairedPlaceIsNoRetarget() throws Exception {
        String target = "{\"$id\": \"https://example.com/0.1.0/b.schema.json\", \"type\": \"string\"}";
        Files.writeString(old.resolve("b.schema.json"), target);
        Files.writeString(neu.resolve("b.schema.json"), target);

        CompatReport report = compare(
                "{\"$id\": \"https://example.com/0.1.0/a.schema.json\", \"properties\": {\"x\": {\"$ref\": \"./b.schema.json\"}}}",
                "{\"$id\": \"https://example.com/0.1.0/a.schema.json\", \"properties\": {\"x\": {\"$ref\":"
                        + " \"https://example.com/0.1.0/b.schema.json\"}}}");

        assertThat(report.changes()).isEmpty();
    }

    @Test
    void aReportWithoutTheJavaApiClaimsNothingAboutIt() throws Exception {
        CompatReport report = compare("{\"type\": \"string\"}", "{\"type\": \"integer\"}");

        assertThat(CompatFormat.TEXT.render(report, "new"))
                .startsWith("compat: 1 document change(s), Java API not compared; backward: 1 breaking, forward: 1"
                        + " breaking\n");
        assertThat(CompatFormat.JSON.render(report, "new")).doesNotContain("\"java\"");
        assertThat(report.withJava(List.of()).judged()).contains(Category.JAVA);
    }
}
