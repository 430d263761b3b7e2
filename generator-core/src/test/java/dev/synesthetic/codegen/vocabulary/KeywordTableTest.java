package dev.synesthetic.codegen.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synesthetic.codegen.testing.Locations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every draft's keyword table against the specification: the keywords its official meta-schema(s)
 * declare under {@code properties}, with the intentional differences below, each with its reason.
 * The roles are pinned per draft too, and for 2019-09/2020-12 checked against the vocabulary
 * meta-schema that declares each keyword.
 */
class KeywordTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta-schema files per draft (see the README of the shared meta-schema folder). */
    private static final Map<Draft, List<String>> META_SCHEMAS = Map.of(
            Draft.DRAFT_04, List.of("draft-04/schema.json"),
            Draft.DRAFT_06, List.of("draft-06/schema.json"),
            Draft.DRAFT_07, List.of("draft-07/schema.json"),
            Draft.DRAFT_2019_09,
                    List.of(
                            "draft/2019-09/schema.json",
                            "draft/2019-09/meta/core.json",
                            "draft/2019-09/meta/applicator.json",
                            "draft/2019-09/meta/validation.json",
                            "draft/2019-09/meta/meta-data.json",
                            "draft/2019-09/meta/format.json",
                            "draft/2019-09/meta/content.json"),
            Draft.DRAFT_2020_12,
                    List.of(
                            "draft/2020-12/schema.json",
                            "draft/2020-12/meta/core.json",
                            "draft/2020-12/meta/applicator.json",
                            "draft/2020-12/meta/unevaluated.json",
                            "draft/2020-12/meta/validation.json",
                            "draft/2020-12/meta/meta-data.json",
                            "draft/2020-12/meta/format-annotation.json",
                            "draft/2020-12/meta/content.json"));

    /** Keywords we define that the draft's meta-schema does not declare. */
    private static final Map<Draft, Set<String>> ADDED = Map.of(
            // $ref is defined by draft-04's core specification (JSON Reference), not declared as a property.
            // $defs is read in every draft: real draft-04..07 files use it, and a JSON Pointer reaches it anyway.
            Draft.DRAFT_04, Set.of("$ref", "$defs"),
            Draft.DRAFT_06, Set.of("$defs"),
            Draft.DRAFT_07, Set.of("$defs"),
            Draft.DRAFT_2019_09, Set.of(),
            Draft.DRAFT_2020_12, Set.of());

    /**
     * Keywords the meta-schema declares that we treat as unknown: the 2019-09 and 2020-12 meta-schemas
     * keep the replaced keywords of earlier drafts ({@code dependencies}, 2019-09's {@code $recursive*})
     * only so that old schemas still validate against them; the specification no longer defines them.
     */
    private static final Map<Draft, Set<String>> LEFT_OUT = Map.of(
            Draft.DRAFT_04, Set.of(),
            Draft.DRAFT_06, Set.of(),
            Draft.DRAFT_07, Set.of(),
            Draft.DRAFT_2019_09, Set.of("dependencies"),
            Draft.DRAFT_2020_12, Set.of("dependencies", "$recursiveAnchor", "$recursiveRef"));

    /** What records make of each keyword of 2020-12 (other drafts: the same keyword, the same role). */
    private static final Map<RecordRole, String> ROLES = Map.of(
            RecordRole.SHAPE,
                    "$defs $ref additionalProperties allOf anyOf const definitions else enum format if items oneOf"
                            + " patternProperties prefixItems properties required then type",
            RecordRole.ASSERTION,
                    "exclusiveMaximum exclusiveMinimum maxItems maxLength maxProperties maximum minItems"
                            + " minLength minProperties minimum multipleOf pattern uniqueItems",
            RecordRole.ANNOTATION,
                    "$anchor $comment $id $schema $vocabulary contentEncoding contentMediaType contentSchema"
                            + " default deprecated description examples readOnly title writeOnly",
            RecordRole.VALIDATOR,
                    "contains dependentRequired dependentSchemas maxContains minContains not propertyNames"
                            + " unevaluatedItems unevaluatedProperties",
            RecordRole.UNSUPPORTED, "$dynamicAnchor $dynamicRef");

    /** Roles of keywords other drafts have and 2020-12 lacks. */
    private static final Map<String, RecordRole> OLDER_ROLES = Map.of(
            "id",
            RecordRole.ANNOTATION,
            "additionalItems",
            RecordRole.SHAPE,
            "dependencies",
            RecordRole.VALIDATOR,
            "$recursiveRef",
            RecordRole.UNSUPPORTED,
            "$recursiveAnchor",
            RecordRole.UNSUPPORTED);

    @ParameterizedTest
    @EnumSource(Draft.class)
    void eachDraftDefinesWhatItsMetaSchemaDeclares(Draft draft) throws IOException {
        Set<String> declared = new TreeSet<>();
        for (String file : META_SCHEMAS.get(draft)) {
            metaSchema(file).path("properties").fieldNames().forEachRemaining(declared::add);
        }
        Set<String> expected = new TreeSet<>(declared);
        expected.addAll(ADDED.get(draft));
        expected.removeAll(LEFT_OUT.get(draft));
        assertThat(ADDED.get(draft))
                .as("intentional additions are really missing from the meta-schema")
                .noneMatch(declared::contains);
        assertThat(declared)
                .as("intentional omissions are really in the meta-schema")
                .containsAll(LEFT_OUT.get(draft));

        assertThat(names(draft)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void eachKeywordHasItsRoleInEveryDraft(Draft draft) {
        Map<String, RecordRole> expected = new TreeMap<>(OLDER_ROLES);
        ROLES.forEach((role, names) -> {
            for (String name : names.split(" ")) {
                expected.put(name, role);
            }
        });
        for (Keyword keyword : Keywords.of(draft)) {
            assertThat(keyword.role()).as(keyword.name()).isEqualTo(expected.get(keyword.name()));
        }
    }

    /** 2019-09 and 2020-12 split the meta-schema by vocabulary: a keyword's role follows its vocabulary. */
    @ParameterizedTest
    @EnumSource(
            value = Draft.class,
            names = {"DRAFT_2019_09", "DRAFT_2020_12"})
    void rolesFollowTheVocabularyThatDeclaresTheKeyword(Draft draft) throws IOException {
        String folder = draft == Draft.DRAFT_2019_09 ? "draft/2019-09/meta/" : "draft/2020-12/meta/";
        Map<String, Set<RecordRole>> allowed = Map.of(
                "meta-data.json", Set.of(RecordRole.ANNOTATION),
                "content.json", Set.of(RecordRole.ANNOTATION),
                "validation.json",
                        Set.of(RecordRole.ASSERTION, RecordRole.VALIDATOR, RecordRole.SHAPE, RecordRole.UNSUPPORTED),
                "applicator.json", Set.of(RecordRole.SHAPE, RecordRole.VALIDATOR, RecordRole.UNSUPPORTED),
                "unevaluated.json", Set.of(RecordRole.VALIDATOR, RecordRole.UNSUPPORTED));
        for (Map.Entry<String, Set<RecordRole>> vocabulary : allowed.entrySet()) {
            if (vocabulary.getKey().equals("unevaluated.json") && draft == Draft.DRAFT_2019_09) {
                continue; // 2019-09 keeps unevaluated* in its applicator vocabulary
            }
            metaSchema(folder + vocabulary.getKey())
                    .path("properties")
                    .fieldNames()
                    .forEachRemaining(name -> assertThat(
                                    Keywords.lookup(name, draft).orElseThrow().role())
                            .as(name + " in " + vocabulary.getKey())
                            .isIn(vocabulary.getValue()));
        }
    }

    /** Validators: unevaluated* run last; a keyword read with another has no reader, its owner has one. */
    @ParameterizedTest
    @EnumSource(Draft.class)
    void validatorReadersFollowTheTable(Draft draft) {
        List<Keyword> validated = Keywords.validated(JSON.createObjectNode(), draft);
        List<String> tail = validated.subList(Math.max(0, validated.size() - 2), validated.size()).stream()
                .map(Keyword::name)
                .toList();
        if (Keywords.UNEVALUATED_ITEMS.in(draft)) {
            assertThat(tail).containsExactly("unevaluatedItems", "unevaluatedProperties");
        }
        for (Keyword keyword : Keywords.of(draft)) {
            keyword.readWith().ifPresent(owner -> {
                assertThat(keyword.reader()).as(keyword.name()).isEmpty();
                assertThat(owner.in(draft) && owner.reader().isPresent())
                        .as(keyword + " read with " + owner)
                        .isTrue();
            });
            if (keyword.role() == RecordRole.ANNOTATION) {
                assertThat(keyword.reader()).as("annotation %s", keyword).isEmpty();
            }
        }
        assertThat(validated).allMatch(k -> k.reader().isPresent() && k.in(draft));
    }

    private static Set<String> names(Draft draft) {
        Set<String> names = new TreeSet<>();
        Keywords.of(draft).forEach(k -> names.add(k.name()));
        return names;
    }

    private static JsonNode metaSchema(String file) throws IOException {
        Path path = Locations.shared().resolve("json-schema-metaschemas").resolve(file);
        return JSON.readTree(path.toFile());
    }
}
