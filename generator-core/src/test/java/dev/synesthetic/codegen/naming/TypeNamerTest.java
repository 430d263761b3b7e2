package dev.synesthetic.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.diagnostic.Diagnostic;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeNamerTest {
    private static final String OBJECT = "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}";

    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void aRootIsNamedByItsTitleElseItsFileAndANestedTypeByOwnerAndProperty() throws Exception {
        Map<SourceLocation, String> names = names(
                "tone.schema.json",
                "{\"type\": \"object\", \"properties\": {\"envelope\": " + OBJECT + "}}",
                "rule.json",
                "{\"title\": \"control rule\", \"type\": \"object\"}");
        assertThat(names)
                .containsEntry(at("tone.schema.json", ""), "Tone")
                .containsEntry(at("tone.schema.json", "/properties/envelope"), "ToneEnvelope")
                .containsEntry(at("rule.json", ""), "ControlRule");
    }

    @Test
    void aRootKeepsItsNameAndADefinitionWantingItIsQualifiedByItsFile() throws Exception {
        Map<SourceLocation, String> names = names(
                "rule.json",
                OBJECT,
                "bundle.json",
                "{\"type\": \"object\", \"properties\": {\"r\": {\"$ref\": \"#/$defs/Rule\"}}, \"$defs\": {\"Rule\": "
                        + OBJECT + "}}");
        assertThat(names)
                .containsEntry(at("rule.json", ""), "Rule")
                .containsEntry(at("bundle.json", "/$defs/Rule"), "BundleRule");
    }

    @Test
    void aDerivedNameGivesWayToAGivenOneByAddingItsKind() throws Exception {
        Map<SourceLocation, String> names = names(
                "tone.json",
                "{\"type\": \"object\", \"properties\": {"
                        + "\"envelope\": {\"enum\": [\"a\", \"b\"]}, \"x\": {\"$ref\": \"#/$defs/ToneEnvelope\"}},"
                        + " \"$defs\": {\"ToneEnvelope\": " + OBJECT + "}}");
        assertThat(names)
                .containsEntry(at("tone.json", "/$defs/ToneEnvelope"), "ToneEnvelope")
                .containsEntry(at("tone.json", "/properties/envelope"), "ToneEnvelopeEnum");
    }

    @Test
    void reservedNamesTakeTheirKind() throws Exception {
        Map<SourceLocation, String> names =
                names("string.json", OBJECT, "json-values.json", OBJECT, "json-property.json", "{\"enum\": [\"a\"]}");
        assertThat(names)
                .containsEntry(at("string.json", ""), "StringObject")
                .containsEntry(at("json-values.json", ""), "JsonValuesObject")
                .containsEntry(at("json-property.json", ""), "JsonPropertyEnum");
        assertThat(TypeNamer.RESERVED).contains("String", "JsonValues", "SchemaVersion", "JsonFormat", "Nullable");
    }

    @Test
    void aRootWhoseLongTitleReducesToAnotherRootsNameIsNumberedNotAnError() throws Exception {
        Map<SourceLocation, String> names = names(
                "renovate-legacy.schema.json",
                "{\"title\": \"Renovate\", \"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}",
                "renovate.schema.json",
                "{\"title\": \"JSON schema for Renovate config files (https://docs.renovatebot.com)\","
                        + " \"type\": \"object\", \"properties\": {\"b\": {\"type\": \"string\"}}}");
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(names)
                .containsEntry(at("renovate-legacy.schema.json", ""), "Renovate")
                .containsEntry(at("renovate.schema.json", ""), "Renovate2");
    }

    @Test
    void definitionKeysThatShortenToOneNameTakeTheFileThenANumberNotAnError() throws Exception {
        String tail = "VariantOfTheVeryLongDefinitionNameForTesting";
        Map<SourceLocation, String> names = names(
                "defs.json",
                "{\"$defs\": {\"AlphaFirst" + tail + "\": " + OBJECT + ", \"AlphaSecond" + tail + "\": " + OBJECT
                        + ", \"AlphaThird" + tail + "\": " + OBJECT + "}}");
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(names)
                .containsEntry(
                        at("defs.json", "/$defs/AlphaFirst" + tail), "AlphaOfTheVeryLongDefinitionNameForTesting")
                .containsEntry(
                        at("defs.json", "/$defs/AlphaSecond" + tail),
                        "DefsVariantOfTheVeryLongDefinitionNameForTesting")
                .containsEntry(
                        at("defs.json", "/$defs/AlphaThird" + tail), "DefsOfTheVeryLongDefinitionNameForTesting2");
    }

    @Test
    void typesInsideARootThatIsNoRecordAreNamedFromTheShortRootName() throws Exception {
        Map<SourceLocation, String> names = names(
                "hooks.json",
                "{\"title\": \"JSON schema for the Git hooks manager configuration file (https://example.com)\","
                        + " \"type\": \"array\", \"items\": " + OBJECT + "}");
        assertThat(names).containsEntry(at("hooks.json", "/items"), "GitHooksManagerItem");
    }

    @Test
    void twoGivenNamesThatCannotBeToldApartAreAnErrorAtTheLaterOne() throws Exception {
        names(
                "a.json",
                "{\"title\": \"Same\", \"type\": \"object\"}",
                "b.json",
                "{\"title\": \"same\", \"type\": \"object\"}",
                "same.json",
                OBJECT);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NAME_COLLISION);
        assertThat(diagnostics.sorted().get(0).location()).contains(at("same.json", ""));
        assertThat(diagnostics.sorted().get(0).message()).contains("'Same'");
    }

    @Test
    void aTitleThatIsOneTokenIsTheAuthorsNameAndIsKeptAsIs() throws Exception {
        Map<SourceLocation, String> names = names(
                "rule-bundle.schema.json", "{\"title\": \"RuleBundleSchema\", \"type\": \"object\"}",
                "control-bundle.schema.json", "{\"title\": \"control-bundle\", \"type\": \"object\"}");
        assertThat(names)
                .containsEntry(at("rule-bundle.schema.json", ""), "RuleBundleSchema")
                .containsEntry(at("control-bundle.schema.json", ""), "ControlBundle");
    }

    @Test
    void aPhraseTitleLosesItsUrlItsSubtitleAndItsSchemaBoilerplate() throws Exception {
        Map<SourceLocation, String> names = names(
                "pdm.json",
                "{\"title\": \"JSON schema for the PDM Python package manager configuration (https://pdm-project.org)\","
                        + " \"type\": \"object\", \"properties\": {\"tool\": " + OBJECT + "}}",
                "foo-ci.json",
                "{\"title\": \"Configuration file for the Foo CI service, version 2\", \"type\": \"object\"}",
                "tsconfig.json",
                "{\"title\": \"JSON schema for the TypeScript compiler's configuration file\", \"type\": \"object\"}",
                "docs.json",
                "{\"title\": \"Docs site settings - see https://example.com/docs\", \"type\": \"object\"}");
        assertThat(names)
                .containsEntry(at("pdm.json", ""), "PDMPythonPackageManager")
                .containsEntry(at("pdm.json", "/properties/tool"), "PDMPythonPackageManagerTool")
                .containsEntry(at("foo-ci.json", ""), "FooCIService")
                .containsEntry(at("tsconfig.json", ""), "TypeScriptCompiler")
                .containsEntry(at("docs.json", ""), "DocsSiteSettings");
    }

    @Test
    void aSentenceOrLongPhraseTitleGivesWayToTheFileName() throws Exception {
        Map<SourceLocation, String> names = names(
                "lint.schema.json",
                "{\"title\": \"Settings for the linter.\", \"type\": \"object\", \"properties\": {\"rules\": " + OBJECT
                        + "}}",
                "deploy.json",
                "{\"title\": \"Describes how the deployment tool rolls out a release\", \"type\": \"object\"}",
                "link.json",
                "{\"title\": \"https://example.com/schemas/link.json\", \"type\": \"object\"}");
        assertThat(names)
                .containsEntry(at("lint.schema.json", ""), "Lint")
                .containsEntry(at("lint.schema.json", "/properties/rules"), "LintRules")
                .containsEntry(at("deploy.json", ""), "Deploy")
                .containsEntry(at("link.json", ""), "Link");
    }

    @Test
    void titlesThatShortenToOneNameFallBackToTheirFileNames() throws Exception {
        Map<SourceLocation, String> names = names(
                "foo-ci-v1.json",
                "{\"title\": \"Configuration file for the Foo CI service, version 1\", \"type\": \"object\"}",
                "foo-ci-v2.json",
                "{\"title\": \"Configuration file for the Foo CI service, version 2\", \"type\": \"object\"}");
        assertThat(names)
                .containsEntry(at("foo-ci-v1.json", ""), "FooCIService")
                .containsEntry(at("foo-ci-v2.json", ""), "FooCiV2");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void everyNameIsCappedKeepingItsFirstAndLastWordsAndStaysUnique() throws Exception {
        String longKey = "ExtraordinarilyVerboseDefinitionNameThatKeepsGoingOnAndOn";
        String deep = "{\"type\": \"object\", \"properties\": {\"notificationChannelSettingsForEveryEnvironment\": "
                + "{\"type\": \"object\", \"properties\": {\"a\": {\"enum\": [\"x\"]}, \"b\": {\"enum\": [\"y\"]}}}}}";
        Map<SourceLocation, String> names = names(
                "pipeline.json",
                "{\"type\": \"object\", \"properties\": {\"stages\": {\"$ref\": \"#/$defs/" + longKey + "\"},"
                        + " \"hooks\": " + deep + ", \"hooksNotificationChannelSettingsForEveryEnvironmentAlpha\": "
                        + deep
                        + "}, \"$defs\": {\"" + longKey + "\": " + OBJECT + "}}");
        assertThat(names.values()).allMatch(name -> name.length() <= TypeNamer.MAX_LENGTH, "at most 48 characters");
        assertThat(names.values().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)))
                .doesNotHaveDuplicates();
        assertThat(TypeNamer.MAX_LENGTH).isEqualTo(48);
        assertThat(names)
                .containsEntry(at("pipeline.json", "/$defs/" + longKey), "ExtraordinarilyNameThatKeepsGoingOnAndOn")
                .containsEntry(
                        at(
                                "pipeline.json",
                                "/properties/hooks/properties/notificationChannelSettingsForEveryEnvironment"),
                        "PipelineChannelSettingsForEveryEnvironment")
                .containsEntry(
                        at(
                                "pipeline.json",
                                "/properties/hooks/properties/notificationChannelSettingsForEveryEnvironment/properties/a"),
                        "PipelineChannelSettingsForEveryEnvironmentA");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void namesDoNotDependOnTheLocale() throws Exception {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            Map<SourceLocation, String> names = names(
                    "i.json", "{\"title\": \"JSON Schema for the Index CONFIGURATION FILE\", \"type\": \"object\"}");
            assertThat(names).containsEntry(at("i.json", ""), "Index");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    private Map<SourceLocation, String> names(String... files) throws Exception {
        SchemaModel model = Corpora.model(folder, files);
        return new TypeNamer(model, diagnostics).nameAll();
    }

    private static SourceLocation at(String file, String pointer) {
        return new SourceLocation(file, JsonPointer.parse(pointer));
    }
}
