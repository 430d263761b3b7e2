package dev.synesthetic.codegen.compat.api;

import static dev.synesthetic.codegen.compat.api.Corpora.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.compat.api.JavaApiChange.Kind;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One case per kind of change: a tiny old and new corpus, the kind and whether it breaks callers. */
class JavaApiDiffTest {
    private static final String NAME = "\"name\": {\"type\": \"string\"}";
    private static final String COUNT = "\"count\": {\"type\": \"integer\"}";

    @TempDir
    Path temp;

    @Test
    void identicalCorporaHaveNoChange() throws Exception {
        Corpora corpora = new Corpora(temp).both("a.schema.json", object("Thing", NAME + ", " + COUNT, "\"name\""));
        assertThat(diff(corpora)).isEmpty();
    }

    @Test
    void removedPropertyRemovesComponentBuilderMethodAndArity() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME + ", " + COUNT, "\"name\""))
                .next("a.schema.json", object("Thing", NAME, "\"name\""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveExactly(1, change("Thing", "count", Kind.COMPONENT_REMOVED, true));
        assertThat(changes).haveExactly(1, change("Thing", "<init>", Kind.CONSTRUCTOR_ARITY_CHANGED, true));
        assertThat(changes)
                .haveExactly(1, change("Thing.Builder", "count(BigInteger)", Kind.BUILDER_METHOD_REMOVED, true));
        assertThat(changes).haveExactly(1, change("Thing", "withCount(BigInteger)", Kind.BUILDER_METHOD_REMOVED, true));
        assertThat(changes)
                .filteredOn(c -> c.kind() == Kind.COMPONENT_REMOVED)
                .singleElement()
                .satisfies(c -> assertThat(c.oldLocation()).hasToString("a.schema.json#/properties/count"));
    }

    @Test
    void addedOptionalPropertyOnlyAddsButChangesTheConstructor() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME, "\"name\""))
                .next("a.schema.json", object("Thing", NAME + ", " + COUNT, "\"name\""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveExactly(1, change("Thing", "count", Kind.COMPONENT_ADDED, false));
        assertThat(changes).haveExactly(1, change("Thing", "<init>", Kind.CONSTRUCTOR_ARITY_CHANGED, true));
        assertThat(changes).haveExactly(1, change("Thing.Builder", "count(BigInteger)", Kind.METHOD_ADDED, false));
    }

    @Test
    void stringBecomingAnEnumChangesTheComponentType() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME, "\"name\""))
                .next("a.schema.json", object("Thing", "\"name\": {\"enum\": [\"a\", \"b\"]}", "\"name\""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveExactly(1, change("Thing", "name", Kind.COMPONENT_TYPE_CHANGED, true));
        assertThat(changes).haveExactly(1, change("Thing", "withName(String)", Kind.METHOD_CHANGED, true));
        assertThat(changes).haveExactly(1, change("ThingName", null, Kind.TYPE_ADDED, false));
    }

    @Test
    void integerBecomingNumberChangesTheComponentType() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", COUNT, ""))
                .next("a.schema.json", object("Thing", "\"count\": {\"type\": \"number\"}", ""));
        assertThat(diff(corpora)).haveExactly(1, change("Thing", "count", Kind.COMPONENT_TYPE_CHANGED, true));
    }

    @Test
    void listOfOneTypeBecomingListOfAnother() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old(
                        "a.schema.json",
                        object("Thing", "\"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}", ""))
                .next(
                        "a.schema.json",
                        object("Thing", "\"tags\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}}", ""));
        assertThat(diff(corpora)).haveExactly(1, change("Thing", "tags", Kind.COMPONENT_TYPE_CHANGED, true));
    }

    @Test
    void requiredBecomingOptionalOnlyAddsNullability() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME, "\"name\""))
                .next("a.schema.json", object("Thing", NAME, ""));
        assertThat(diff(corpora)).haveExactly(1, change("Thing", "name", Kind.COMPONENT_BECAME_OPTIONAL, false));
    }

    @Test
    void optionalBecomingRequiredDropsNullability() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME, ""))
                .next("a.schema.json", object("Thing", NAME, "\"name\""));
        assertThat(diff(corpora)).haveExactly(1, change("Thing", "name", Kind.COMPONENT_BECAME_REQUIRED, false));
    }

    @Test
    void optionalBecomingNullableWrapsInOptional() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME, ""))
                .next("a.schema.json", object("Thing", "\"name\": {\"type\": [\"string\", \"null\"]}", ""));
        assertThat(diff(corpora)).haveExactly(1, change("Thing", "name", Kind.COMPONENT_BECAME_OPTIONAL, true));
    }

    @Test
    void enumConstantsRemovedAndAdded() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", "\"mode\": {\"enum\": [\"fast\", \"slow\"]}", ""))
                .next("a.schema.json", object("Thing", "\"mode\": {\"enum\": [\"fast\", \"steady\"]}", ""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveExactly(1, change("ThingMode", "SLOW", Kind.ENUM_CONSTANT_REMOVED, true));
        // an exhaustive switch expression over the enum no longer compiles
        assertThat(changes).haveExactly(1, change("ThingMode", "STEADY", Kind.ENUM_CONSTANT_ADDED, true));
    }

    @Test
    void unionVariantsRemovedAndAdded() throws Exception {
        String oldUnion = "\"value\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}";
        String newUnion = "\"value\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"boolean\"}]}";
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", oldUnion, ""))
                .next("a.schema.json", object("Thing", newUnion, ""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveAtLeastOne(kind(Kind.UNION_VARIANT_REMOVED, true));
        assertThat(changes).haveAtLeastOne(kind(Kind.UNION_VARIANT_ADDED, true));
    }

    @Test
    void renamedTypeAtTheSameLocationIsARenameEvenAcrossAVersionBump() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME, "").replace("example.com/", "example.com/0.7.2/"))
                .next(
                        "a.schema.json",
                        object("Gadget", NAME, "").replace("example.com/gadget", "example.com/0.7.3/thing"));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveAtLeastOne(change("Thing", null, Kind.TYPE_RENAMED, true));
        // the validator is named after the file, which kept its name: it pairs and does not change
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.TYPE_RENAMED));
    }

    @Test
    void removedSchemaFileRemovesItsTypeAndValidator() throws Exception {
        Corpora corpora = new Corpora(temp)
                .both("a.schema.json", object("Thing", NAME, ""))
                .old("b.schema.json", object("Other", NAME, ""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveExactly(1, change("Other", null, Kind.TYPE_REMOVED, true));
        assertThat(changes).haveExactly(1, change("BValidator", null, Kind.VALIDATOR_REMOVED, true));
        assertThat(changes).hasSize(2);
    }

    @Test
    void removedSchemaFileRemovesItsReader() throws Exception {
        Corpora corpora = new Corpora(temp)
                .emit(GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS)
                .both("a.schema.json", object("Thing", NAME, ""))
                .old("b.schema.json", object("Other", NAME, ""));
        assertThat(diff(corpora)).haveExactly(1, change("BReader", null, Kind.READER_REMOVED, true));
    }

    @Test
    void recordBecomingAnEnumChangesTheKindOfType() throws Exception {
        Corpora corpora = new Corpora(temp)
                .both("a.schema.json", object("Thing", "\"other\": {\"$ref\": \"other.schema.json\"}", ""))
                .old("other.schema.json", object("Other", NAME, ""))
                .next(
                        "other.schema.json",
                        object("Other", NAME, "").replace("\"type\": \"object\"", "\"enum\": [\"x\"]"));
        assertThat(diff(corpora)).haveExactly(1, change("Other", null, Kind.TYPE_KIND_CHANGED, true));
    }

    @Test
    void aNewPropertyThatTakesAComponentsNameRenamesIt() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", "\"fooBar\": {\"type\": \"string\"}", ""))
                .next(
                        "a.schema.json",
                        object("Thing", "\"foo-bar\": {\"type\": \"string\"}, \"fooBar\": {\"type\": \"string\"}", ""));
        // "foo-bar" comes first and takes fooBar; the property "fooBar" becomes fooBar2
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).haveExactly(1, change("Thing", "fooBar", Kind.COMPONENT_RENAMED, true));
        assertThat(changes).haveExactly(1, change("Thing", "fooBar", Kind.COMPONENT_ADDED, false));
    }

    @Test
    void addedSchemaFileOnlyAdds() throws Exception {
        Corpora corpora = new Corpora(temp)
                .both("a.schema.json", object("Thing", NAME, ""))
                .next("b.schema.json", object("Other", NAME, ""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).isNotEmpty().allMatch(c -> c.kind() == Kind.TYPE_ADDED && !c.breaking());
    }

    @Test
    void changesAreSortedByTypeThenMember() throws Exception {
        Corpora corpora = new Corpora(temp)
                .old("a.schema.json", object("Thing", NAME + ", " + COUNT, ""))
                .next("a.schema.json", object("Thing", "\"name\": {\"type\": \"integer\"}", ""));
        List<JavaApiChange> changes = diff(corpora);
        assertThat(changes).isSortedAccordingTo(JavaApiChange.ORDER);
    }

    private static List<JavaApiChange> diff(Corpora corpora) throws Exception {
        return new JavaApiDiff().compare(corpora.oldConfig(), corpora.newConfig());
    }

    static Condition<JavaApiChange> change(String type, String member, Kind kind, boolean breaking) {
        return new Condition<>(
                c -> c.javaType().equals(type)
                        && java.util.Objects.equals(c.member(), member)
                        && c.kind() == kind
                        && c.breaking() == breaking,
                "%s %s %s breaking=%s",
                type,
                member,
                kind,
                breaking);
    }

    private static Condition<JavaApiChange> kind(Kind kind, boolean breaking) {
        return new Condition<>(c -> c.kind() == kind && c.breaking() == breaking, "%s breaking=%s", kind, breaking);
    }
}
