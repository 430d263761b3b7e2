package dev.synesthetic.codegen.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.testing.Locations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the Synesthetic corpus every property gets the most precise type its schema allows: only
 * properties whose schema is free-form ({@code {}}, {@code {type: object}}, or those with null)
 * are typed as free-form values, and each schema is one declared type.
 */
class PropertyPrecisionTest {
  private final SchemaModel model = model();

  private static SchemaModel model() {
    try {
      return new Generator().model(new GeneratorConfig(Locations.synestheticSchemas(), "p"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<TypeDecl.Property> properties() {
    List<TypeDecl.Property> all = new ArrayList<>();
    for (TypeDecl decl : model.declarations()) {
      if (decl instanceof TypeDecl.ObjectDecl object) {
        all.addAll(object.properties());
      }
    }
    return all;
  }

  @Test
  void everyPropertyThatIsNotFreeFormHasAPreciseType() {
    List<TypeDecl.Property> properties = properties();
    List<String> freeForm = properties.stream()
        .filter(p -> isFreeForm(p.type()))
        .map(p -> p.location().toString())
        .sorted()
        .toList();

    assertThat(properties).hasSize(152);
    assertThat(freeForm).as(String.join("\n", freeForm)).hasSize(21);
    assertThat(freeForm).contains(
        "tone.schema.json#/$defs/ToneParameter/properties/default",
        "synesthetic-asset.schema.json#/properties/meta_info",
        "rule.schema.json#/properties/trigger");
  }

  /** Free-form: any value, any object, or a list of those; the schema says nothing more. */
  private static boolean isFreeForm(TypeRef type) {
    TypeRef value = type.nonNull();
    if (value instanceof TypeRef.ListOf list) {
      value = list.element().nonNull();
    }
    return value instanceof TypeRef.Any;
  }

  @Test
  void unionsOfAKnownRecordAndAnyObjectKeepTheRecord() {
    TypeDecl synth = model.declarations().stream()
        .filter(d -> d.location().toString().equals("tone.schema.json#/properties/synth"))
        .findFirst().orElseThrow();

    assertThat(synth).isInstanceOf(TypeDecl.UnionDecl.class);
    assertThat(((TypeDecl.UnionDecl) synth).variants())
        .extracting(v -> v.getClass().getSimpleName())
        .containsExactly("Named", "Any");
  }

  @Test
  void aSchemaReachedByManyPathsIsOneClass() throws Exception {
    // ModulationItem is reached from modulation.schema.json and from synesthetic-asset.schema.json;
    // refs' Length is reached seven ways (by $id, relative path, pointer, anchor, ...).
    List<String> synesthetic = sources(Locations.synestheticSchemas());
    List<String> refs = sources(Locations.fixtures().resolve("refs"));

    assertThat(synesthetic).filteredOn(s -> s.matches("(?s).*record ModulationItem\\w*\\(.*")).hasSize(1);
    assertThat(synesthetic).anyMatch(s -> s.contains("Optional<List<ModulationItem>> modulations"));
    assertThat(refs).filteredOn(s -> s.matches("(?s).*record Length\\w*\\(.*")).hasSize(1);
    assertThat(model.declarations()).hasSize(45);
  }

  private static List<String> sources(java.nio.file.Path corpus) throws Exception {
    return new Generator().generate(new GeneratorConfig(corpus, "p")).files().stream()
        .map(dev.synesthetic.codegen.write.GeneratedFile::content).toList();
  }
}
