package dev.synesthetic.codegen.vocabulary;

import static dev.synesthetic.codegen.vocabulary.Draft.DRAFT_04;
import static dev.synesthetic.codegen.vocabulary.Draft.DRAFT_06;
import static dev.synesthetic.codegen.vocabulary.Draft.DRAFT_07;
import static dev.synesthetic.codegen.vocabulary.Draft.DRAFT_2019_09;
import static dev.synesthetic.codegen.vocabulary.Draft.DRAFT_2020_12;
import static dev.synesthetic.codegen.vocabulary.RecordRole.ANNOTATION;
import static dev.synesthetic.codegen.vocabulary.RecordRole.ASSERTION;
import static dev.synesthetic.codegen.vocabulary.RecordRole.SHAPE;
import static dev.synesthetic.codegen.vocabulary.RecordRole.UNSUPPORTED;
import static dev.synesthetic.codegen.vocabulary.RecordRole.VALIDATOR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one keyword table: every keyword of every supported draft, declared once with the drafts
 * that define it (a range, not edits per draft), its role for records and its value kind. The
 * declaration order is the order generated validators evaluate keywords in: cheap assertions
 * first, applicators after, {@code unevaluated*} last because they read what the others evaluated.
 * A keyword missing from a draft is unknown there: warned about (except {@code x-} extensions),
 * never silently dropped.
 */
public final class Keywords {
    private static final List<Keyword> ALL = new ArrayList<>();

    // References first: up to draft-07 a $ref hides every sibling.
    public static final Keyword REF = define("$ref", allDrafts(), SHAPE, ValueKind.URI, ApplicatorKeywords::ref);
    public static final Keyword DYNAMIC_REF =
            define("$dynamicRef", only(DRAFT_2020_12), UNSUPPORTED, ValueKind.URI, DynamicRefKeyword::read);
    public static final Keyword RECURSIVE_REF =
            define("$recursiveRef", only(DRAFT_2019_09), UNSUPPORTED, ValueKind.URI, DynamicRefKeyword::recursive);
    // Assertions on any value, then on numbers, strings, arrays, objects.
    public static final Keyword TYPE = define("type", allDrafts(), SHAPE, ValueKind.TYPE, ValueKeywords::type);
    public static final Keyword ENUM = define("enum", allDrafts(), SHAPE, ValueKind.DATA, ValueKeywords::enumeration);
    public static final Keyword CONST =
            define("const", since(DRAFT_06), SHAPE, ValueKind.DATA, ValueKeywords::constant);
    public static final Keyword MINIMUM =
            define("minimum", allDrafts(), ASSERTION, ValueKind.NUMBER, ScalarKeywords::bound);
    public static final Keyword EXCLUSIVE_MINIMUM =
            define("exclusiveMinimum", allDrafts(), ASSERTION, ValueKind.BOUND, ScalarKeywords::bound);
    public static final Keyword MAXIMUM =
            define("maximum", allDrafts(), ASSERTION, ValueKind.NUMBER, ScalarKeywords::bound);
    public static final Keyword EXCLUSIVE_MAXIMUM =
            define("exclusiveMaximum", allDrafts(), ASSERTION, ValueKind.BOUND, ScalarKeywords::bound);
    public static final Keyword MULTIPLE_OF =
            define("multipleOf", allDrafts(), ASSERTION, ValueKind.NUMBER, ScalarKeywords::multipleOf);
    public static final Keyword MIN_LENGTH =
            define("minLength", allDrafts(), ASSERTION, ValueKind.COUNT, ScalarKeywords::length);
    public static final Keyword MAX_LENGTH =
            define("maxLength", allDrafts(), ASSERTION, ValueKind.COUNT, ScalarKeywords::length);
    public static final Keyword PATTERN =
            define("pattern", allDrafts(), ASSERTION, ValueKind.STRING, ScalarKeywords::pattern);
    public static final Keyword FORMAT = define("format", allDrafts(), SHAPE, ValueKind.STRING, ScalarKeywords::format);
    public static final Keyword MIN_ITEMS =
            define("minItems", allDrafts(), ASSERTION, ValueKind.COUNT, ArrayKeywords::count);
    public static final Keyword MAX_ITEMS =
            define("maxItems", allDrafts(), ASSERTION, ValueKind.COUNT, ArrayKeywords::count);
    public static final Keyword UNIQUE_ITEMS =
            define("uniqueItems", allDrafts(), ASSERTION, ValueKind.BOOLEAN, ArrayKeywords::uniqueItems);
    public static final Keyword REQUIRED =
            define("required", allDrafts(), SHAPE, ValueKind.STRING_ARRAY, ObjectKeywords::required);
    public static final Keyword DEPENDENT_REQUIRED = define(
            "dependentRequired", since(DRAFT_2019_09), VALIDATOR, ValueKind.OBJECT, ObjectKeywords::dependentRequired);
    public static final Keyword MIN_PROPERTIES =
            define("minProperties", allDrafts(), ASSERTION, ValueKind.COUNT, ObjectKeywords::count);
    public static final Keyword MAX_PROPERTIES =
            define("maxProperties", allDrafts(), ASSERTION, ValueKind.COUNT, ObjectKeywords::count);
    // Applicators on parts of the value.
    public static final Keyword PROPERTIES =
            define("properties", allDrafts(), SHAPE, ValueKind.SCHEMA_MAP, ObjectKeywords::properties);
    public static final Keyword PATTERN_PROPERTIES =
            define("patternProperties", allDrafts(), SHAPE, ValueKind.SCHEMA_MAP, ObjectKeywords::patternProperties);
    public static final Keyword ADDITIONAL_PROPERTIES =
            define("additionalProperties", allDrafts(), SHAPE, ValueKind.SCHEMA, ObjectKeywords::additionalProperties);
    public static final Keyword PROPERTY_NAMES =
            define("propertyNames", since(DRAFT_06), VALIDATOR, ValueKind.SCHEMA, ObjectKeywords::propertyNames);
    public static final Keyword DEPENDENT_SCHEMAS = define(
            "dependentSchemas",
            since(DRAFT_2019_09),
            VALIDATOR,
            ValueKind.SCHEMA_MAP,
            ObjectKeywords::dependentSchemas);
    /** Before 2019-09: names (as {@code dependentRequired}) or a schema (as {@code dependentSchemas}) per entry. */
    public static final Keyword DEPENDENCIES =
            define("dependencies", until(DRAFT_07), VALIDATOR, ValueKind.SCHEMA_MAP, ObjectKeywords::dependencies);

    public static final Keyword PREFIX_ITEMS =
            define("prefixItems", only(DRAFT_2020_12), SHAPE, ValueKind.SCHEMA_ARRAY, ArrayKeywords::prefixItems);
    public static final Keyword ITEMS =
            define("items", allDrafts(), SHAPE, ValueKind.SCHEMA_OR_ARRAY, ArrayKeywords::items);
    public static final Keyword CONTAINS =
            define("contains", since(DRAFT_06), VALIDATOR, ValueKind.SCHEMA, ArrayKeywords::contains);
    // Applicators on the value itself.
    public static final Keyword ALL_OF =
            define("allOf", allDrafts(), SHAPE, ValueKind.SCHEMA_ARRAY, ApplicatorKeywords::allOf);
    public static final Keyword ANY_OF =
            define("anyOf", allDrafts(), SHAPE, ValueKind.SCHEMA_ARRAY, ApplicatorKeywords::anyOf);
    public static final Keyword ONE_OF =
            define("oneOf", allDrafts(), SHAPE, ValueKind.SCHEMA_ARRAY, ApplicatorKeywords::oneOf);
    public static final Keyword NOT = define("not", allDrafts(), VALIDATOR, ValueKind.SCHEMA, ApplicatorKeywords::not);
    public static final Keyword IF =
            define("if", since(DRAFT_07), SHAPE, ValueKind.SCHEMA, ApplicatorKeywords::conditional);
    // Last: they read what every other keyword evaluated.
    public static final Keyword UNEVALUATED_ITEMS = define(
            "unevaluatedItems", since(DRAFT_2019_09), VALIDATOR, ValueKind.SCHEMA, ArrayKeywords::unevaluatedItems);
    public static final Keyword UNEVALUATED_PROPERTIES = define(
            "unevaluatedProperties",
            since(DRAFT_2019_09),
            VALIDATOR,
            ValueKind.SCHEMA,
            ObjectKeywords::unevaluatedProperties);

    // Read together with the keyword they belong to: alone they have no effect.
    public static final Keyword THEN = companion("then", since(DRAFT_07), SHAPE, ValueKind.SCHEMA, IF);
    public static final Keyword ELSE = companion("else", since(DRAFT_07), SHAPE, ValueKind.SCHEMA, IF);
    public static final Keyword MIN_CONTAINS =
            companion("minContains", since(DRAFT_2019_09), VALIDATOR, ValueKind.COUNT, CONTAINS);
    public static final Keyword MAX_CONTAINS =
            companion("maxContains", since(DRAFT_2019_09), VALIDATOR, ValueKind.COUNT, CONTAINS);
    /** Before 2020-12: the schema for the items after an array-form {@code items}. */
    public static final Keyword ADDITIONAL_ITEMS =
            companion("additionalItems", until(DRAFT_2019_09), SHAPE, ValueKind.SCHEMA, ITEMS);

    // Definitions: schemas kept for $ref, no effect where they sit. $defs is read in every draft
    // (real draft-07 files use it, and a JSON Pointer reaches it anyway).
    public static final Keyword DEFS = define("$defs", allDrafts(), SHAPE, ValueKind.SCHEMA_MAP);
    public static final Keyword DEFINITIONS = define("definitions", allDrafts(), SHAPE, ValueKind.SCHEMA_MAP);

    // Identifiers and anchors.
    public static final Keyword SCHEMA = define("$schema", allDrafts(), ANNOTATION, ValueKind.URI);
    public static final Keyword ID = define("$id", since(DRAFT_06), ANNOTATION, ValueKind.URI);
    /** Draft-04 names a resource with {@code id}. */
    public static final Keyword DRAFT_04_ID = define("id", only(DRAFT_04), ANNOTATION, ValueKind.URI);

    public static final Keyword ANCHOR = define("$anchor", since(DRAFT_2019_09), ANNOTATION, ValueKind.STRING);
    public static final Keyword DYNAMIC_ANCHOR =
            define("$dynamicAnchor", only(DRAFT_2020_12), UNSUPPORTED, ValueKind.STRING);
    public static final Keyword RECURSIVE_ANCHOR =
            define("$recursiveAnchor", only(DRAFT_2019_09), UNSUPPORTED, ValueKind.BOOLEAN);
    public static final Keyword VOCABULARY = define("$vocabulary", since(DRAFT_2019_09), ANNOTATION, ValueKind.OBJECT);
    public static final Keyword COMMENT = define("$comment", since(DRAFT_07), ANNOTATION, ValueKind.STRING);

    // Annotations.
    public static final Keyword TITLE = define("title", allDrafts(), ANNOTATION, ValueKind.STRING);
    public static final Keyword DESCRIPTION = define("description", allDrafts(), ANNOTATION, ValueKind.STRING);
    public static final Keyword DEFAULT = define("default", allDrafts(), ANNOTATION, ValueKind.DATA);
    public static final Keyword EXAMPLES = define("examples", since(DRAFT_06), ANNOTATION, ValueKind.DATA);
    public static final Keyword READ_ONLY = define("readOnly", since(DRAFT_07), ANNOTATION, ValueKind.BOOLEAN);
    public static final Keyword WRITE_ONLY = define("writeOnly", since(DRAFT_07), ANNOTATION, ValueKind.BOOLEAN);
    public static final Keyword DEPRECATED = define("deprecated", since(DRAFT_2019_09), ANNOTATION, ValueKind.BOOLEAN);
    public static final Keyword CONTENT_MEDIA_TYPE =
            define("contentMediaType", since(DRAFT_07), ANNOTATION, ValueKind.STRING);
    public static final Keyword CONTENT_ENCODING =
            define("contentEncoding", since(DRAFT_07), ANNOTATION, ValueKind.STRING);
    public static final Keyword CONTENT_SCHEMA =
            define("contentSchema", since(DRAFT_2019_09), ANNOTATION, ValueKind.SCHEMA);

    private static final Map<Draft, Map<String, Keyword>> BY_DRAFT = new EnumMap<>(Draft.class);

    static {
        for (Draft draft : Draft.values()) {
            Map<String, Keyword> table = new LinkedHashMap<>();
            for (Keyword keyword : ALL) {
                if (keyword.in(draft)) {
                    table.put(keyword.name(), keyword);
                }
            }
            BY_DRAFT.put(draft, table);
        }
    }

    private Keywords() {}

    /** Every keyword of every draft, in evaluation order. */
    public static List<Keyword> list() {
        return List.copyOf(ALL);
    }

    /** The keywords {@code draft} defines, in evaluation order. */
    public static List<Keyword> of(Draft draft) {
        return List.copyOf(BY_DRAFT.get(draft).values());
    }

    /**
     * The keywords generated validators read in {@code draft}, in evaluation order; up to draft-07
     * only {@code $ref} when the schema has one (it hides its siblings).
     */
    public static List<Keyword> validated(com.fasterxml.jackson.databind.JsonNode json, Draft draft) {
        if (refHidesSiblings(json, draft)) {
            return List.of(REF);
        }
        return BY_DRAFT.get(draft).values().stream()
                .filter(k -> k.reader().isPresent())
                .toList();
    }

    /** The keyword named {@code name} in {@code draft}, or empty when that draft does not define it. */
    public static Optional<Keyword> lookup(String name, Draft draft) {
        return Optional.ofNullable(BY_DRAFT.get(draft).get(name));
    }

    /** The keyword that names a schema resource in {@code draft}: {@code id} in draft-04, else {@code $id}. */
    public static Keyword id(Draft draft) {
        return draft == DRAFT_04 ? DRAFT_04_ID : ID;
    }

    /** Up to draft-07 a {@code $ref} makes every sibling keyword ignored. */
    public static boolean refHidesSiblings(com.fasterxml.jackson.databind.JsonNode json, Draft draft) {
        return draft.refOverridesSiblings() && REF.isIn(json);
    }

    /** The keywords holding definitions ({@code $defs}, {@code definitions}), in that order. */
    public static List<Keyword> definitionContainers() {
        return List.of(DEFS, DEFINITIONS);
    }

    /** Whether {@code name} is a definitions container, in any draft. */
    public static boolean isDefinitionContainer(String name) {
        return DEFS.is(name) || DEFINITIONS.is(name);
    }

    /** Keywords (of any draft) whose value has {@code kind}. */
    public static Set<String> namesOfKind(ValueKind kind) {
        Set<String> names = new java.util.TreeSet<>();
        for (Keyword keyword : ALL) {
            if (keyword.kind() == kind) {
                names.add(keyword.name());
            }
        }
        return names;
    }

    /** A keyword validators do not read (an annotation, a definitions container). */
    private static Keyword define(String name, Set<Draft> drafts, RecordRole role, ValueKind kind) {
        return add(new Keyword(name, drafts, role, kind, null, null));
    }

    /** A keyword with its validator reader. */
    private static Keyword define(
            String name, Set<Draft> drafts, RecordRole role, ValueKind kind, KeywordReader reader) {
        return add(new Keyword(name, drafts, role, kind, null, reader));
    }

    /** A keyword {@code owner}'s reader reads along with it. */
    private static Keyword companion(String name, Set<Draft> drafts, RecordRole role, ValueKind kind, Keyword owner) {
        return add(new Keyword(name, drafts, role, kind, owner, null));
    }

    private static Keyword add(Keyword keyword) {
        ALL.add(keyword);
        return keyword;
    }

    private static Set<Draft> allDrafts() {
        return EnumSet.allOf(Draft.class);
    }

    private static Set<Draft> since(Draft first) {
        return EnumSet.range(first, DRAFT_2020_12);
    }

    private static Set<Draft> until(Draft last) {
        return EnumSet.range(DRAFT_04, last);
    }

    private static Set<Draft> only(Draft draft) {
        return EnumSet.of(draft);
    }
}
