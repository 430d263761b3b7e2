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

    private Map<SourceLocation, String> names(String... files) throws Exception {
        SchemaModel model = Corpora.model(folder, files);
        return new TypeNamer(model, diagnostics).nameAll();
    }

    private static SourceLocation at(String file, String pointer) {
        return new SourceLocation(file, JsonPointer.parse(pointer));
    }
}
