package dev.synesthetic.codegen.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.networknt.schema.Error;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.naming.Identifiers;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A violation's {@code keywordLocation} is the path the evaluation took to the keyword (JSON Schema
 * 2020-12, output formats): through {@code $ref}, {@code $dynamicRef}, {@code allOf/0}, {@code items},
 * {@code properties/x} ..., while its {@code schemaLocation} stays the keyword's own place. Each case
 * lists every violation expected; where networknt reports the same error (instance location and
 * keyword), its evaluation path must be ours.
 */
class KeywordLocationTest {
    private static final String PACKAGE = "dev.synesthetic.fixtures.keyword_location";
    private static final String ID_PREFIX = "https://example.test/evalpath/";

    private static ClassLoader loader;
    private static ReferenceValidator reference;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path schemas = corpus();
        GeneratorConfig config = GeneratorConfig.builder(schemas, PACKAGE)
                .emit(GeneratorConfig.Emit.VALIDATORS_ONLY)
                .build();
        Compilation compilation = InMemoryJava.compile(
                new Generator().generate(config).files(), "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
        reference = new ReferenceValidator(ID_PREFIX, schemas);
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                                KeywordLocationTest.class.getResource("/keyword-location/main.schema.json"))
                        .toURI())
                .getParent();
    }

    /** One violation as (instance location, keyword, keyword location, schema location). */
    record Seen(String instance, String keyword, String keywordLocation, String schemaLocation) {
        @Override
        public String toString() {
            return instance + " " + keyword + " " + keywordLocation + " (" + schemaLocation + ")";
        }
    }

    private static Seen seen(String instance, String keyword, String keywordLocation, String schemaLocation) {
        return new Seen(instance, keyword, keywordLocation, schemaLocation);
    }

    static Stream<Arguments> cases() {
        String main = "main.schema.json#";
        String names = "names.schema.json#";
        String tree = "tree.schema.json#";
        String strict = "strict-tree.schema.json#";
        return Stream.of(
                Arguments.of(
                        "main.schema.json",
                        "{\"plain\": 1}",
                        List.of(seen("/plain", "type", "/properties/plain/type", main + "/properties/plain/type"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"one\": -1}",
                        List.of(seen(
                                "/one", "minimum", "/properties/one/$ref/minimum", main + "/$defs/count/minimum"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"nested\": \"x\"}",
                        List.of(seen(
                                "/nested", "type", "/properties/nested/$ref/$ref/type", main + "/$defs/count/type"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"across\": \"x\"}",
                        List.of(seen(
                                "/across",
                                "minLength",
                                "/properties/across/$ref/minLength",
                                names + "/$defs/name/minLength"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"all\": 200}",
                        List.of(seen(
                                "/all",
                                "maximum",
                                "/properties/all/allOf/1/maximum",
                                main + "/properties/all/allOf/1/maximum"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"all\": -1}",
                        List.of(seen(
                                "/all",
                                "minimum",
                                "/properties/all/allOf/0/$ref/minimum",
                                main + "/$defs/count/minimum"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"any\": 1}",
                        List.of(seen("/any", "anyOf", "/properties/any/anyOf", main + "/properties/any/anyOf"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"exactlyOne\": -1}",
                        List.of(
                                seen(
                                        "/exactlyOne",
                                        "oneOf",
                                        "/properties/exactlyOne/oneOf",
                                        main + "/properties/exactlyOne/oneOf"),
                                seen(
                                        "/exactlyOne",
                                        "minimum",
                                        "/properties/exactlyOne/oneOf/1/$ref/minimum",
                                        main + "/$defs/count/minimum"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"list\": [-1, \"x\"]}",
                        List.of(
                                seen(
                                        "/list/0",
                                        "minimum",
                                        "/properties/list/prefixItems/0/$ref/minimum",
                                        main + "/$defs/count/minimum"),
                                seen(
                                        "/list/1",
                                        "minLength",
                                        "/properties/list/items/$ref/minLength",
                                        names + "/$defs/name/minLength"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"map\": {\"k\": \"s\"}}",
                        List.of(seen(
                                "/map/k",
                                "type",
                                "/properties/map/additionalProperties/$ref/type",
                                main + "/$defs/count/type"))),
                Arguments.of(
                        "main.schema.json",
                        "{\"closed\": {\"y\": 1}}",
                        List.of(seen(
                                "/closed/y",
                                "false",
                                "/properties/closed/additionalProperties",
                                main + "/properties/closed/additionalProperties"))),
                Arguments.of(
                        "tree.schema.json",
                        "{\"children\": [{\"value\": \"x\"}]}",
                        List.of(seen(
                                "/children/0/value",
                                "type",
                                "/properties/children/items/$dynamicRef/properties/value/type",
                                tree + "/properties/value/type"))),
                Arguments.of(
                        "strict-tree.schema.json",
                        "{\"children\": [{\"value\": \"x\", \"label\": 5}]}",
                        List.of(
                                seen(
                                        "/children/0/value",
                                        "type",
                                        "/$ref/properties/children/items/$dynamicRef/$ref/properties/value/type",
                                        tree + "/properties/value/type"),
                                seen(
                                        "/children/0/label",
                                        "type",
                                        "/$ref/properties/children/items/$dynamicRef/properties/label/type",
                                        strict + "/properties/label/type"))),
                Arguments.of(
                        "legacy.schema.json",
                        "{\"size\": 11, \"tags\": [\"x\"]}",
                        List.of(
                                seen(
                                        "/size",
                                        "maximum",
                                        "/properties/size/$ref/maximum",
                                        "legacy.schema.json#/definitions/size/maximum"),
                                seen(
                                        "/tags/0",
                                        "minLength",
                                        "/properties/tags/items/$ref/minLength",
                                        names + "/$defs/name/minLength"))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void keywordLocationIsTheEvaluationPath(String schemaFile, String document, List<Seen> expected) throws Exception {
        assertThat(ours(schemaFile, document)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Every error both report (same instance location and keyword; our {@code false} subschema of
     * {@code additionalProperties} is networknt's {@code additionalProperties} error) has the same path.
     * networknt reports a failed {@code anyOf} by its branches' errors alone, so that case shares none.
     */
    @Test
    void networkntTakesTheSamePathWhereItReportsTheSameError() throws Exception {
        List<String> compared = new ArrayList<>();
        List<String> sharingNone = new ArrayList<>();
        for (Arguments arguments : cases().toList()) {
            String schemaFile = (String) arguments.get()[0];
            String document = (String) arguments.get()[1];
            List<Error> theirs = reference.validate(schemaFile, document);
            int before = compared.size();
            for (Seen ours : ours(schemaFile, document)) {
                for (Error error : theirs) {
                    if (sameError(ours, error)) {
                        assertThat(ours.keywordLocation())
                                .as("networknt's evaluation path for " + ours + " in " + schemaFile + " " + document)
                                .isEqualTo(error.getEvaluationPath().toString());
                        compared.add(ours.keywordLocation());
                    }
                }
            }
            if (compared.size() == before) {
                sharingNone.add(schemaFile + " " + document);
            }
        }
        assertThat(sharingNone).containsExactly("main.schema.json {\"any\": 1}");
        assertThat(compared).hasSizeGreaterThanOrEqualTo(15);
    }

    private static boolean sameError(Seen ours, Error theirs) {
        String keyword = ours.keyword().equals("false")
                ? ours.keywordLocation().substring(ours.keywordLocation().lastIndexOf('/') + 1)
                : ours.keyword();
        return keyword.equals(theirs.getKeyword())
                && ReferenceValidator.pointer(theirs).equals(ours.instance());
    }

    private static List<Seen> ours(String schemaFile, String document) throws Exception {
        Class<?> validator = loader.loadClass(
                PACKAGE + "." + Identifiers.pascal(schemaFile.replace(".schema.json", "")) + "Validator");
        Object value = SuiteRunner.MAPPER.readValue(document, Object.class);
        List<Seen> seen = new ArrayList<>();
        for (Object violation :
                (List<?>) validator.getMethod("validate", Object.class).invoke(null, value)) {
            Class<?> type = violation.getClass();
            seen.add(new Seen(
                    (String) type.getMethod("instanceLocation").invoke(violation),
                    (String) type.getMethod("keyword").invoke(violation),
                    (String) type.getMethod("keywordLocation").invoke(violation),
                    (String) type.getMethod("schemaLocation").invoke(violation)));
        }
        return seen;
    }
}
