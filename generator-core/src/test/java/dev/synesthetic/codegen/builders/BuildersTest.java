package dev.synesthetic.codegen.builders;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.synesthetic.codegen.GenerationResult;
import dev.synesthetic.codegen.Generator;
import dev.synesthetic.codegen.GeneratorConfig;
import dev.synesthetic.codegen.testing.ReadmeMapper;
import dev.synesthetic.codegen.validation.InMemoryJava;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated builders, withers and union factories, used the way a user's code would: a small
 * corpus (every presence kind, a union, a record keeping unknown members) is generated, compiled in
 * memory with every lint an error beside {@code Usage} (below), and {@code Usage}'s methods run.
 */
class BuildersTest {
    private static final String MEMO = """
        {"title": "Memo", "type": "object", "additionalProperties": false,
         "required": ["name", "owner-id"],
         "properties": {
           "name": {"type": "string"},
           "owner-id": {"type": ["string", "null"]},
           "description": {"type": ["string", "null"]},
           "count": {"type": "integer"},
           "amount": {"anyOf": [{"type": "number"}, {"type": "string"}]},
           "labels": {"$ref": "labels.json"}}}
        """;
    private static final String LABELS = """
        {"title": "Labels", "type": "object", "required": ["main"],
         "properties": {"main": {"type": "string"}}, "additionalProperties": {"type": "string"}}
        """;

    private static final String CIRCLE = """
        {"title": "Circle", "type": "object", "additionalProperties": false,
         "required": ["kind", "radius", "id"],
         "properties": {
           "kind": {"const": "circle"},
           "radius": {"type": "number"},
           "id": {"type": "string", "readOnly": true},
           "created": {"type": "string", "readOnly": true},
           "tags": {"type": "array", "items": {"type": "string"}},
           "notes": {"type": "array", "items": {"type": ["string", "null"]}},
           "scores": {"type": "object", "additionalProperties": {"type": "integer"}},
           "v": {"type": ["array", "null"], "items": {"type": ["string", "null"]}},
           "w": {"type": ["object", "null"], "additionalProperties": {"type": "string"}}}}
        """;

    /** What a user writes; each method returns what the test checks. */
    private static final String USAGE = """
        package p;

        import com.fasterxml.jackson.databind.ObjectMapper;
        import java.math.BigDecimal;
        import java.math.BigInteger;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;

        public final class Usage {
          private Usage() {}

          public static String nothingSet() {
            try {
              Memo.builder().description("d").build();
              return "built";
            } catch (IllegalStateException e) {
              return e.getMessage();
            }
          }

          public static String ownerMissing() {
            try {
              Memo.builder().name("n").build();
              return "built";
            } catch (IllegalStateException e) {
              return e.getMessage();
            }
          }

          public static String nullForAnOptionalNullable() {
            try {
              Memo.builder().description(null);
              return "accepted";
            } catch (NullPointerException e) {
              return e.getMessage();
            }
          }

          /** absent, explicit null and a value: each written, read back and compared. */
          public static List<String> threeStates(ObjectMapper mapper) throws Exception {
            Memo absent = Memo.builder().name("n").ownerId(null).build();
            Memo explicitNull = Memo.builder().name("n").ownerId(null).descriptionNull().build();
            Memo value = Memo.builder().name("n").ownerId("o").description("d").build();
            Memo backToAbsent = value.toBuilder().descriptionAbsent().build();
            List<String> out = new java.util.ArrayList<>();
            for (Memo memo : List.of(absent, explicitNull, value, backToAbsent)) {
              String json = mapper.writeValueAsString(memo);
              Memo read = mapper.readValue(json, Memo.class);
              out.add(json + (read.equals(memo) ? " same" : " DIFFERENT " + read));
            }
            return out;
          }

          public static List<Object> withers() {
            Memo memo = Memo.builder().name("n").ownerId(null).count(BigInteger.ONE)
                .amount(MemoAmount.numberValue(new BigDecimal("1.50"))).build();
            Memo renamed = memo.withName("m");
            Memo nulled = memo.withDescriptionNull();
            return List.of(
                renamed.name(), renamed.count(), renamed.amount(), renamed.equals(memo.toBuilder().name("m").build()),
                memo.name(), nulled.description(), memo.toBuilder().build().equals(memo),
                memo.withCount(null).count() == null);
          }

          public static List<Object> unknownMembers() {
            Labels labels = Labels.builder().main("x").additionalProperties(Map.of("extra", "y")).build();
            return List.of(labels.additionalProperties(), labels.withMain("z").additionalProperties(),
                labels.withAdditionalProperties(Map.of()).additionalProperties().isEmpty());
          }

          public static List<Object> optionalNullableWithers() {
            Memo memo = Memo.builder().name("n").ownerId(null).build();
            Memo valued = memo.withDescription("d");
            String refused;
            try {
              memo.withDescription(null);
              refused = "accepted";
            } catch (NullPointerException e) {
              refused = e.getMessage();
            }
            return List.of(valued.description(), memo.withDescriptionNull().description(),
                valued.withDescriptionAbsent().description() == null, refused);
          }

          public static String clashingUnknownMember() {
            try {
              Labels.builder().main("x").additionalProperties(Map.of("main", "y", "extra", "z")).build();
              return "built";
            } catch (IllegalArgumentException e) {
              return e.getMessage();
            }
          }

          public static String clashingUnknownMemberByConstructor() {
            try {
              new Labels("x", Map.of("main", "y"));
              return "built";
            } catch (IllegalArgumentException e) {
              return e.getMessage();
            }
          }

          public static List<Object> constPreset() {
            Circle circle = Circle.builder().radius(BigDecimal.ONE).id("c1").build();
            return List.of(circle.kind(), circle.toJsonValue().get("kind"));
          }

          public static List<Object> defensiveCopies() {
            List<String> tags = new java.util.ArrayList<>(List.of("a"));
            List<String> notes = new java.util.ArrayList<>(java.util.Arrays.asList("n", null));
            Map<String, BigInteger> scores = new java.util.LinkedHashMap<>(Map.of("s", BigInteger.ONE));
            Circle.Builder builder = Circle.builder().radius(BigDecimal.ONE).id("c1").tags(tags).notes(notes)
                .scores(scores);
            Circle built = builder.build();
            Circle constructed = new Circle(CircleKind.CIRCLE, BigDecimal.ONE, "c1", null, tags, notes, scores,
                Optional.of(notes), Optional.of(Map.of("k", "x")));
            tags.add("b");
            notes.add("m");
            scores.put("t", BigInteger.TWO);
            String refused;
            try {
              built.tags().add("c");
              refused = "modifiable";
            } catch (UnsupportedOperationException e) {
              refused = "unmodifiable";
            }
            return List.of(built.tags(), built.notes(), built.scores(), constructed.tags(), constructed.notes(),
                constructed.scores(), refused, constructed.v().orElseThrow(), constructed.w().orElseThrow());
          }

          public static String requestWithReadOnly() {
            try {
              Circle.builder().radius(BigDecimal.ONE).id("c1").created("now").buildRequest();
              return "built";
            } catch (IllegalStateException e) {
              return e.getMessage();
            }
          }

          public static Object requestWithoutReadOnly() {
            return Circle.builder().radius(BigDecimal.ONE).id("c1").buildRequest().created() == null;
          }

          public static Object unionFactory() {
            MemoAmount text = MemoAmount.stringValue("ten");
            return text;
          }
        }
        """;

    @TempDir
    static Path corpus;

    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Files.writeString(corpus.resolve("memo.json"), MEMO);
        Files.writeString(corpus.resolve("labels.json"), LABELS);
        Files.writeString(corpus.resolve("circle.json"), CIRCLE);
        GenerationResult result =
                new Generator().generate(GeneratorConfig.builder(corpus, "p").build());
        List<GeneratedFile> files = new ArrayList<>(result.files());
        files.add(new GeneratedFile("p/Usage.java", USAGE));
        Compilation compilation = InMemoryJava.compile(files, "--release", "17", "-Xlint:all", "-Werror");
        assertThat(compilation).succeededWithoutWarnings();
        loader = InMemoryJava.load(compilation);
    }

    private static Object call(String method, Object... arguments) throws Exception {
        Class<?>[] types = new Class<?>[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            types[i] = arguments[i] instanceof com.fasterxml.jackson.databind.ObjectMapper
                    ? com.fasterxml.jackson.databind.ObjectMapper.class
                    : arguments[i].getClass();
        }
        return loader.loadClass("p.Usage").getMethod(method, types).invoke(null, arguments);
    }

    @Test
    void aMissingRequiredMemberFailsAtBuildNamingItsJavaAndJsonName() throws Exception {
        assertThat((String) call("nothingSet"))
                .isEqualTo("Memo: required member(s) not set: name (JSON \"name\"), ownerId (JSON \"owner-id\")");
        assertThat((String) call("ownerMissing"))
                .isEqualTo("Memo: required member(s) not set: ownerId (JSON \"owner-id\")");
    }

    @Test
    void nullIsNotAValueForAnOptionalNullableMember() throws Exception {
        assertThat((String) call("nullForAnOptionalNullable")).contains("descriptionNull()", "descriptionAbsent()");
    }

    @Test
    void absentNullAndValueSurviveBuilderWriteAndRead() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> written = (List<String>) call("threeStates", ReadmeMapper.jackson2());
        assertThat(written)
                .containsExactly(
                        "{\"name\":\"n\",\"owner-id\":null} same",
                        "{\"name\":\"n\",\"owner-id\":null,\"description\":null} same",
                        "{\"name\":\"n\",\"owner-id\":\"o\",\"description\":\"d\"} same",
                        "{\"name\":\"n\",\"owner-id\":\"o\"} same");
    }

    @Test
    void withersCopyAllButTheOneComponent() throws Exception {
        List<?> result = (List<?>) call("withers");
        assertThat(result.get(0)).isEqualTo("m");
        assertThat(result.get(1)).isEqualTo(java.math.BigInteger.ONE);
        assertThat(result.get(2)).hasToString("NumberValue[value=1.50]");
        assertThat(result.get(3)).isEqualTo(true);
        assertThat(result.get(4)).isEqualTo("n");
        assertThat(result.get(5)).isEqualTo(java.util.Optional.empty());
        assertThat(result.get(6)).isEqualTo(true);
        assertThat(result.get(7)).isEqualTo(true);
    }

    @Test
    void recordsKeepingUnknownMembersSetThemToo() throws Exception {
        List<?> result = (List<?>) call("unknownMembers");
        assertThat(result.get(0)).isEqualTo(java.util.Map.of("extra", "y"));
        assertThat(result.get(1)).isEqualTo(java.util.Map.of("extra", "y"));
        assertThat(result.get(2)).isEqualTo(true);
    }

    @Test
    void optionalNullableWithersKeepAbsentNullAndValueApartByMethod() throws Exception {
        List<?> result = (List<?>) call("optionalNullableWithers");
        assertThat(result.get(0)).isEqualTo(java.util.Optional.of("d"));
        assertThat(result.get(1)).isEqualTo(java.util.Optional.empty());
        assertThat(result.get(2)).isEqualTo(true);
        assertThat((String) result.get(3)).contains("withDescriptionNull()", "withDescriptionAbsent()");
    }

    @Test
    void unknownMembersNamedLikeADeclaredMemberAreRefused() throws Exception {
        assertThat((String) call("clashingUnknownMember"))
                .isEqualTo("Labels: additionalProperties holds declared member(s): [main]");
        assertThat((String) call("clashingUnknownMemberByConstructor"))
                .isEqualTo("Labels: additionalProperties holds declared member(s): [main]");
    }

    @Test
    void aRequiredSingleValueConstIsPreset() throws Exception {
        List<?> result = (List<?>) call("constPreset");
        assertThat(result.get(0)).hasToString("circle");
        assertThat(result.get(1)).isEqualTo("circle");
    }

    @Test
    void listsAndMapsAreCopiedByBuilderAndRecord() throws Exception {
        List<?> result = (List<?>) call("defensiveCopies");
        java.util.Map<String, java.math.BigInteger> scores = java.util.Map.of("s", java.math.BigInteger.ONE);
        assertThat(result.get(0)).isEqualTo(List.of("a"));
        assertThat(result.get(1)).isEqualTo(java.util.Arrays.asList("n", null));
        assertThat(result.get(2)).isEqualTo(scores);
        assertThat(result.get(3)).isEqualTo(List.of("a"));
        assertThat(result.get(4)).isEqualTo(java.util.Arrays.asList("n", null));
        assertThat(result.get(5)).isEqualTo(scores);
        assertThat(result.get(6)).isEqualTo("unmodifiable");
        assertThat(result.get(7)).isEqualTo(java.util.Arrays.asList("n", null));
        assertThat(result.get(8)).isEqualTo(java.util.Map.of("k", "x"));
    }

    @Test
    void buildRequestRefusesASetReadOnlyMember() throws Exception {
        assertThat((String) call("requestWithReadOnly"))
                .isEqualTo("Circle: read-only member(s) set in a request: created (JSON \"created\")");
        assertThat(call("requestWithoutReadOnly")).isEqualTo(true);
    }

    @Test
    void unionsHaveAFactoryPerVariant() throws Exception {
        Object text = call("unionFactory");
        assertThat(text.getClass().getName()).isEqualTo("p.MemoAmount$StringValue");
        assertThat(text).hasToString("StringValue[value=ten]");
    }

    @Test
    void theOptionTurnsThemOff() throws Exception {
        GenerationResult result = new Generator()
                .generate(GeneratorConfig.builder(corpus, "p").builders(false).build());
        String memo = result.files().stream()
                .filter(f -> f.relativePath().equals("p/Memo.java"))
                .findFirst()
                .orElseThrow()
                .content();
        assertThat(memo).doesNotContain("Builder", "withName");
    }
}
