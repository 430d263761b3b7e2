package dev.synesthetic.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.fixtures.allof.MetaView;
import dev.synesthetic.fixtures.allof.Namespaced;
import dev.synesthetic.fixtures.allof.NewPet;
import dev.synesthetic.fixtures.allof.NewPetView;
import dev.synesthetic.fixtures.allof.Pet;
import dev.synesthetic.fixtures.allof.PlacedShape;
import dev.synesthetic.fixtures.allof.PlacementView;
import dev.synesthetic.fixtures.allof.Resource;
import dev.synesthetic.fixtures.allof.ResourceView;
import dev.synesthetic.fixtures.allof.Source;
import dev.synesthetic.fixtures.allof.Workload;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code schemas/allof} records: a record merged by {@code allOf} binds with Jackson
 * 2, Jackson 3 and {@code fromJsonValue} to equal values and writes back the same JSON; code written
 * against a base's interface (here, these methods) accepts the base and every record built on it.
 */
class AllOfFixtureBindingTest {
    private static final tools.jackson.databind.ObjectMapper JACKSON3 = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static String label(NewPetView pet) {
        return pet.tag() == null ? pet.name() : pet.name() + " (" + pet.tag() + ")";
    }

    private static String kindOf(ResourceView resource) {
        return resource.apiVersion() + "/" + resource.kind();
    }

    @Test
    void aMergedRecordBindsThreeWaysAndWritesBackItsDocument() throws Exception {
        for (String text : List.of(
                "{\"name\": \"Rex\", \"tag\": \"dog\", \"id\": 7}",
                "{\"kind\": \"deployment\", \"apiVersion\": \"apps/v1\", \"metadata\": {\"name\": \"web\"},"
                        + " \"spec\": {\"image\": \"nginx\", \"replicas\": 2}}")) {
            Class<?> type = text.contains("\"spec\"") ? Workload.class : Pet.class;
            JsonNode input = Json.MAPPER.readTree(text);
            Object jackson2 = Json.MAPPER.readValue(text, type);
            Object jackson3 = JACKSON3.readValue(text, type);
            Object generated = type.getMethod("fromJsonValue", Object.class)
                    .invoke(null, Json.MAPPER.readValue(text, Object.class));

            assertThat(jackson2).isEqualTo(jackson3).isEqualTo(generated);
            WrittenBack.assertWritesBack(type, Json.MAPPER.readValue(text, Object.class));
            assertThat(Json.sameJson(input, Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(jackson2))))
                    .isTrue();
            assertThat(Json.sameJson(input, Json.MAPPER.readTree(JACKSON3.writeValueAsString(jackson3))))
                    .isTrue();
        }
    }

    @Test
    void codeWrittenAgainstTheBaseAcceptsTheBaseAndTheRecordsBuiltOnIt() throws Exception {
        Pet pet = Json.MAPPER.readValue("{\"name\": \"Rex\", \"tag\": \"dog\", \"id\": 7}", Pet.class);
        NewPet fresh = Json.MAPPER.readValue("{\"name\": \"Tom\"}", NewPet.class);
        Workload workload = Json.MAPPER.readValue(
                "{\"kind\": \"job\", \"apiVersion\": \"batch/v1\", \"metadata\": {\"name\": \"nightly\"},"
                        + " \"spec\": {\"image\": \"backup\"}}",
                Workload.class);
        Resource resource = Json.MAPPER.readValue(
                "{\"kind\": \"ConfigMap\", \"apiVersion\": \"v1\", \"metadata\": {\"name\": \"cfg\"}}", Resource.class);

        assertThat(pet.id()).isEqualTo(BigInteger.valueOf(7));
        assertThat(List.of(label(pet), label(fresh))).containsExactly("Rex (dog)", "Tom");
        assertThat(List.of(kindOf(workload), kindOf(resource))).containsExactly("batch/v1/job", "v1/ConfigMap");
    }

    @Test
    void anAllOfWithAOneOfBranchBindsToTheVariantTheTagNamesAndEachVariantIsAPlacement() throws Exception {
        String text = "{\"kind\": \"square\", \"side\": 4, \"x\": 0, \"y\": -1}";
        PlacedShape shape = Json.MAPPER.readValue(text, PlacedShape.class);

        assertThat(shape).isInstanceOf(PlacedShape.PlacedShapeOption2Value.class);
        PlacementView placement = ((PlacedShape.PlacedShapeOption2Value) shape).value();
        assertThat(placement.y()).isEqualByComparingTo("-1");
        assertThat(Json.sameJson(
                        Json.MAPPER.readTree(text), Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(shape))))
                .isTrue();
    }

    @Test
    void anAllOfWithAnAnyOfBranchBindsTheVariantWhoseRequiredMembersArePresent() throws Exception {
        Source path = Json.MAPPER.readValue("{\"name\": \"local\", \"path\": \"./src\"}", Source.class);

        assertThat(path).isInstanceOf(Source.SourceOption2Value.class);
        assertThat(((Source.SourceOption2Value) path).value().name()).isEqualTo("local");
    }

    @Test
    void aRefdRecordPropertyRefinedInlineBindsBothPartsMembersAndIsStillTheBaseRecordsView() throws Exception {
        String text = "{\"metadata\": {\"name\": \"web\", \"namespace\": \"prod\"}}";
        Namespaced namespaced = Json.MAPPER.readValue(text, Namespaced.class);

        MetaView meta = namespaced.metadata();
        assertThat(meta.name()).isEqualTo("web");
        assertThat(namespaced.metadata().namespace()).isEqualTo("prod");
        assertThat(Json.sameJson(
                        Json.MAPPER.readTree(text), Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(namespaced))))
                .isTrue();
    }
}
