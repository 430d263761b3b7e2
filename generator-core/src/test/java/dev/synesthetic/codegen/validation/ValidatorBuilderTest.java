package dev.synesthetic.codegen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.checks.Applicators;
import dev.synesthetic.codegen.checks.ScalarChecks;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.checks.ValueChecks;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.load.Corpus;
import dev.synesthetic.codegen.load.CorpusLoader;
import dev.synesthetic.codegen.resolve.RefResolver;
import dev.synesthetic.codegen.resolve.SchemaIndex;
import dev.synesthetic.codegen.source.JsonPointer;
import dev.synesthetic.codegen.source.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorBuilderTest {
    private static final String TREE = """
      {"type": "object", "properties": {
        "size": {"type": "integer", "minimum": 1},
        "when": {"type": "string", "format": "date"},
        "children": {"type": "array", "items": {"$ref": "#"}}}}
      """;

    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void oneUnitPerReachableSchemaAndARefIsACallToTheUnitItNames() throws Exception {
        ValidatorModel model = build(false, "tree.json", TREE);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(model.roots()).containsExactly(SourceLocation.root("tree.json"));
        assertThat(model.units())
                .extracting(SchemaUnit::location)
                .containsExactly(
                        at(""),
                        at("/properties/children"),
                        at("/properties/children/items"),
                        at("/properties/size"),
                        at("/properties/when"));
        SchemaUnit items = unit(model, "/properties/children/items");
        assertThat(items.checks())
                .singleElement()
                .isInstanceOfSatisfying(
                        Applicators.Ref.class, ref -> assertThat(ref.target()).isEqualTo(at("")));
        assertThat(unit(model, "/properties/size").checks())
                .hasAtLeastOneElementOfType(ValueChecks.Type.class)
                .hasAtLeastOneElementOfType(ScalarChecks.Bound.class);
    }

    @Test
    void formatIsAnAnnotationUnlessAsserted() throws Exception {
        assertThat(build(false, "tree.json", TREE).assertsFormats()).isFalse();
        ValidatorModel asserting = build(true, "tree.json", TREE);
        assertThat(asserting.assertsFormats()).isTrue();
        assertThat(unit(asserting, "/properties/when").checks())
                .contains(new ScalarChecks.Format(at("/properties/when/format"), "date"));
    }

    @Test
    void upToDraft07ARefHidesItsSiblings() throws Exception {
        String schema =
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"definitions\": {\"n\": {\"type\": \"integer\"}},"
                        + " \"properties\": {\"x\": {\"$ref\": \"#/definitions/n\", \"minimum\": 5}}}";
        SchemaUnit x = unit(build(false, "old.json", schema), "/properties/x", "old.json");
        assertThat(x.checks()).singleElement().isInstanceOf(Applicators.Ref.class);
    }

    private ValidatorModel build(boolean assertFormats, String file, String schema) throws Exception {
        Files.writeString(folder.resolve(file), schema);
        Corpus corpus = new CorpusLoader().load(folder, diagnostics);
        SchemaIndex index = SchemaIndex.build(corpus, diagnostics);
        return new ValidatorBuilder(index, new RefResolver(index, folder, Map.of()), diagnostics, assertFormats)
                .build(corpus);
    }

    private static SchemaUnit unit(ValidatorModel model, String pointer) {
        return unit(model, pointer, "tree.json");
    }

    private static SchemaUnit unit(ValidatorModel model, String pointer, String file) {
        return model.units().stream()
                .filter(u -> u.location().equals(new SourceLocation(file, JsonPointer.parse(pointer))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit at " + file + "#" + pointer));
    }

    private static SourceLocation at(String pointer) {
        return new SourceLocation("tree.json", JsonPointer.parse(pointer));
    }
}
