package dev.synesthetic.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.support.JsonEquivalence;
import dev.synesthetic.codegen.testing.Locations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What one Jackson baseline promises, proven with real old jars: the Synesthetic records generated
 * for it compile against the oldest jackson-annotations it names and, bound by the oldest
 * jackson-databind it names, round-trip every example and edge case (with the mapper the README
 * sets up, and with a default one) and keep an absent member apart from an explicit null.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JacksonCompatibility {
    private static final String PACKAGE = "compat.synesthetic";

    private GenerationResult generated;
    private IsolatedJackson jackson;

    abstract JacksonBaseline baseline();

    /** A folder under target/ whose jackson-annotations the records are compiled against. */
    abstract String compileJars();

    /** A folder under target/ whose jars bind the records. */
    abstract String runtimeJars();

    /** The jackson-databind jar that folder must hold. */
    abstract String databindJar();

    @BeforeAll
    void compileAndLoad() throws Exception {
        generated = new Generator()
                .generate(GeneratorConfig.builder(Locations.synestheticSchemas(), PACKAGE)
                        .jackson(baseline())
                        .build());
        Path classes = Files.createTempDirectory(Files.createDirectories(Path.of("target/compat")), "classes");
        jackson = IsolatedJackson.load(
                generated, PACKAGE, Path.of("target", compileJars()), Path.of("target", runtimeJars()), classes);
    }

    static Stream<Instance> all() {
        return Instance.all();
    }

    static Stream<Instance> withinDoublePrecision() {
        return Instance.withinDoublePrecision();
    }

    @Test
    void runsOnTheJacksonItNames() {
        assertThat(jackson.jarNames())
                .contains(databindJar())
                .filteredOn(n -> n.startsWith("jackson-databind"))
                .hasSize(1);
    }

    @Test
    void injectsAbsentAsNullOnlyForTheBaselineThatCanRelyOnIt() {
        boolean injects = generated.files().stream().anyMatch(f -> f.content().contains("@JacksonInject"));
        assertThat(injects).isEqualTo(baseline() == JacksonBaseline.JACKSON_2_21);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void roundTripsWithTheDocumentedMapper(Instance instance) throws Exception {
        assertRoundTrip(jackson.documentedMapper(), instance);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withinDoublePrecision")
    void roundTripsWithADefaultMapper(Instance instance) throws Exception {
        assertRoundTrip(jackson.defaultMapper(), instance);
    }

    @Test
    void absentAndNullStayDistinct() throws Exception {
        for (Object mapper : new Object[] {jackson.documentedMapper(), jackson.defaultMapper()}) {
            assertThat(jackson.roundTrip(mapper, "{\"name\":\"a\"}", "SynestheticAsset"))
                    .isEqualTo("{\"name\":\"a\"}");
            assertThat(jackson.roundTrip(mapper, "{\"name\":\"a\",\"tone\":null}", "SynestheticAsset"))
                    .isEqualTo("{\"name\":\"a\",\"tone\":null}");
        }
    }

    private void assertRoundTrip(Object mapper, Instance instance) throws Exception {
        JsonNode input = Instance.READER.readTree(instance.json());
        JsonNode written = Instance.READER.readTree(jackson.roundTrip(mapper, instance.json(), instance.record()));
        assertThat(JsonEquivalence.same(input, written))
                .as("%s as %s%n in: %s%nout: %s", instance, instance.record(), input, written)
                .isTrue();
    }
}
