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
            return new Generator()
                    .model(GeneratorConfig.builder(Locations.synestheticSchemas(), "p")
                            .build());
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
        assertThat(freeForm)
                .contains(
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
                .findFirst()
                .orElseThrow();

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

        assertThat(synesthetic)
                .filteredOn(s -> s.matches("(?s).*record ModulationItem\\w*\\(.*"))
                .hasSize(1);
        assertThat(synesthetic).anyMatch(s -> s.contains("Optional<List<ModulationItem>> modulations"));
        assertThat(refs)
                .filteredOn(s -> s.matches("(?s).*record Length\\w*\\(.*"))
                .hasSize(1);
        assertThat(model.declarations()).hasSize(45);
    }

    private static List<String> sources(java.nio.file.Path corpus) throws Exception {
        return new Generator()
                .generate(GeneratorConfig.builder(corpus, "p").build()).files().stream()
                        .map(dev.synesthetic.codegen.write.GeneratedFile::content)
                        .toList();
    }

    /**
     * Each property's Java type is the one its schema names, read from the schema text itself:
     * an enum is an enum declaration, a date-time an {@code OffsetDateTime}, an integer an integer,
     * an array a list, an anyOf of several kinds a union. A property typed less precisely than its
     * schema (a String where an enum belongs, a free-form value for an integer) fails here.
     */
    @Test
    void everyPropertyHasTheKindOfTypeItsSchemaNames() throws Exception {
        List<String> wrong = new ArrayList<>();
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> files = new java.util.HashMap<>();
        int checked = 0;
        for (TypeDecl.Property property : properties()) {
            String file = property.location().file();
            com.fasterxml.jackson.databind.JsonNode root = files.computeIfAbsent(
                    file, f -> read(Locations.synestheticSchemas().resolve(f)));
            com.fasterxml.jackson.databind.JsonNode schema =
                    nonNullBranch(root.at(property.location().pointer().toString()));
            String expected = expectedKind(schema);
            String actual = kindOf(property.type().nonNull());
            if (expected != null) {
                checked++;
                if (!expected.equals(actual)) {
                    wrong.add(property.location() + ": schema says " + expected + ", Java type is " + actual);
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
        assertThat(checked).as("properties whose schema names a kind directly").isGreaterThan(100);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(java.nio.file.Path file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code anyOf [X, {type: null}]} is X (nullability is checked elsewhere). */
    private static com.fasterxml.jackson.databind.JsonNode nonNullBranch(
            com.fasterxml.jackson.databind.JsonNode schema) {
        com.fasterxml.jackson.databind.JsonNode anyOf = schema.path("anyOf");
        if (anyOf.isArray() && anyOf.size() == 2) {
            for (int i = 0; i < 2; i++) {
                if (anyOf.get(i).path("type").asText().equals("null")) {
                    return anyOf.get(1 - i);
                }
            }
        }
        return schema;
    }

    /** The kind of Java type a schema calls for, or null when its text alone does not say (a $ref). */
    private static String expectedKind(com.fasterxml.jackson.databind.JsonNode schema) {
        if (schema.has("enum")) {
            return "enum";
        }
        if (schema.has("anyOf")) {
            return "union";
        }
        String type = schema.path("type").asText("");
        if (type.equals("string")) {
            return schema.path("format").asText("").equals("date-time") ? "DATE_TIME" : "STRING";
        }
        return switch (type) {
            case "integer" -> "INTEGER";
            case "number" -> "NUMBER";
            case "boolean" -> "BOOLEAN";
            case "array" -> "list";
            case "object" ->
                schema.has("properties")
                        ? "record"
                        : schema.path("additionalProperties").isObject() ? "map" : "free-form";
            default -> null;
        };
    }

    private String kindOf(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind().name();
        } else if (type instanceof TypeRef.ListOf) {
            return "list";
        } else if (type instanceof TypeRef.MapOf) {
            return "map";
        } else if (type instanceof TypeRef.Any) {
            return "free-form";
        }
        TypeDecl decl = model.types().get(((TypeRef.Named) type).declaration());
        return decl instanceof TypeDecl.EnumDecl ? "enum" : decl instanceof TypeDecl.UnionDecl ? "union" : "record";
    }
}
