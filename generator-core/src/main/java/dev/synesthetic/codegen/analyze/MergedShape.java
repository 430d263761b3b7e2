package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.vocabulary.JsonType;
import dev.synesthetic.codegen.vocabulary.Keyword;
import dev.synesthetic.codegen.vocabulary.Keywords;
import dev.synesthetic.codegen.vocabulary.RecordRole;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A schema whose type is the merge of several: {@code allOf} (and, from 2019-09, a {@code $ref}
 * beside other keywords), {@code then}/{@code else}, and the object part beside a union. Object
 * branches merge into one record ({@link ObjectMerge}): the schema's own properties first, then the
 * branches in order, {@code then}/{@code else} last and optional. A branch that shapes nothing
 * ({@code {minLength: 3}}, {@code {not: …}}, {@code if}) is left to the validator; without object
 * branches the schema is the one type its branches share.
 */
final class MergedShape implements Shape {
    /** {@code merged}'s {@code skip} when an allOf branch that is a union may be hoisted. */
    private static final int UNION_BRANCH = -2;

    private final Analysis analysis;
    private final ObjectShape objects;
    private final Shape types;
    private final ObjectMerge merge;
    private final UnionShape unions;

    /**
     * {@code types}: the {@code type} keyword's shape, for a schema none of whose parts is an object;
     * {@code unions}, for an allOf branch that is a union beside object parts.
     */
    MergedShape(Analysis analysis, ObjectShape objects, Shape types, UnionShape unions) {
        this.analysis = analysis;
        this.objects = objects;
        this.types = types;
        this.unions = unions;
        this.merge = new ObjectMerge(analysis);
    }

    @Override
    public TypeRef of(SchemaNode node) {
        return merged(node, node, Optional.empty(), false, UNION_BRANCH);
    }

    /** A {@code $ref} beside shaping keywords (2019-09 on): the allOf of {@code target} and the rest. */
    TypeRef withRef(SchemaNode node, TypeRef target) {
        return merged(node, node, Optional.of(target), true, -1); // the base would lose the $ref: no hoisting
    }

    /**
     * The object part beside a union (its own properties, {@code allOf}, {@code then}/{@code else})
     * merged with {@code branch}'s record ({@code viaRef}: a {@code $ref}'d one, which becomes a base),
     * declared at {@code at}; without a branch, the base alone. Empty when the union has no object part.
     * {@code hoisted}: the allOf branch whose union's variant this is (left out of the base), or -1.
     */
    Optional<TypeRef> withBase(SchemaNode union, SchemaNode at, Optional<TypeRef> branch, boolean viaRef, int hoisted) {
        JsonNode json = union.json();
        boolean content = ownObject(json) || Keywords.ALL_OF.isIn(json);
        if (!content && (branch.isPresent() || !Keywords.TYPE.isIn(json))) {
            return Optional.empty();
        }
        return Optional.of(merged(union, at, branch, viaRef, hoisted));
    }

    /**
     * The merge of {@code node}'s object parts, declared at {@code at}. {@code skip}: the allOf
     * branch left out (a hoisted union's, whose variants this is the base of); {@link #UNION_BRANCH}
     * to find the one allOf branch that is a union, which, beside object parts, makes {@code node}
     * that union with the rest of the merge as the base of each variant.
     */
    private TypeRef merged(SchemaNode node, SchemaNode at, Optional<TypeRef> extra, boolean extraViaRef, int skip) {
        SourceLocation loc = node.location();
        JsonNode json = node.json();
        List<ObjectMerge.Part> parts = new ArrayList<>();
        List<TypeRef> others = new ArrayList<>();
        boolean object = ownObject(json) && objects.wellFormed(node);
        if (listsProperties(json)) {
            // A property referring back here is recursion through a record. Only then: a schema
            // that ends up a lone $ref'd record or a scalar must not have handed out its own name.
            analysis.planned.add(at.location());
        }
        List<Property> requiredOnly = new ArrayList<>();
        if (object) {
            List<Property> listed = new ArrayList<>();
            for (Property property : objects.properties(node)) {
                // Names required without a schema take their place (and type) from the parts that list them.
                (property.location().equals(Keywords.REQUIRED.at(loc)) ? requiredOnly : listed).add(property);
            }
            parts.add(new ObjectMerge.Part(listed, Optional.empty(), false));
        }
        extra.ifPresent(type -> object(type, extraViaRef, false, parts, others));
        JsonNode branches = Keywords.ALL_OF.valueIn(json);
        if (branches != null && (!branches.isArray() || branches.isEmpty())) {
            analysis.diagnostics.error(
                    DiagnosticCode.INVALID_SCHEMA,
                    Keywords.ALL_OF.at(loc),
                    "'allOf' must be a non-empty array",
                    "List the schemas a value must match.");
        } else if (branches != null) {
            int union = skip == UNION_BRANCH ? unionBranch(branches, analysis.draftOf(loc)) : skip;
            for (int i = 0; i < branches.size(); i++) {
                if (i != union) {
                    allOfBranch(node, i, parts, others);
                }
            }
            if (union >= 0 && skip == UNION_BRANCH) {
                if (object || parts.stream().anyMatch(p -> !p.properties().isEmpty())) {
                    analysis.planned.remove(at.location());
                    return unions.hoisted(node, union);
                }
                allOfBranch(node, union, parts, others); // no object part to be the base: one type among the rest
            }
        }
        List<ObjectMerge.Part> alternatives = new ArrayList<>();
        for (Keyword conditional : List.of(Keywords.THEN, Keywords.ELSE)) {
            if (conditional.isIn(json) && conditional.in(analysis.draftOf(loc))) {
                object(analysis.typeOf(analysis.child(node, conditional)), false, true, alternatives, others);
            }
        }
        if (!alternatives.isEmpty()) {
            parts.add(new ObjectMerge.Part(Alternatives.either(alternatives), Optional.empty(), true));
        }
        parts.add(new ObjectMerge.Part(requiredOnly, Optional.empty(), false));
        if (object || parts.stream().anyMatch(p -> !p.properties().isEmpty())) {
            others.stream().filter(other -> !anyObject(other)).forEach(other -> notAnObject(at.location(), other));
            JsonNode type = Keywords.TYPE.pathIn(json);
            if (!type.isMissingNode() && !allowsObject(type)) {
                analysis.diagnostics.error(
                        DiagnosticCode.MERGE_CONFLICT,
                        Keywords.TYPE.at(loc),
                        "'type' " + type + " conflicts with the object schemas merged here",
                        "Drop the type, or make it \"object\".");
            }
            Optional<TypeRef> alone = onlyARecord(json, parts);
            if (alone.isPresent()) {
                analysis.planned.remove(at.location());
                return alone.get();
            }
            AdditionalProperties additional = additional(node, parts);
            if (parts.stream().allMatch(p -> p.properties().isEmpty())
                    && additional instanceof AdditionalProperties.Allowed) {
                analysis.planned.remove(at.location());
                return new TypeRef.Any(true, at.location()); // a free-form object, as ObjectShape has it
            }
            return merge.record(at, parts, additional);
        }
        analysis.planned.remove(at.location());
        if (Keywords.TYPE.isIn(json)) {
            return types.of(node);
        }
        return shared(loc, others);
    }

    private void allOfBranch(SchemaNode node, int i, List<ObjectMerge.Part> parts, List<TypeRef> others) {
        SourceLocation branchLoc = Keywords.ALL_OF.at(node.location()).child(i);
        SchemaNode branch = new SchemaNode(
                Keywords.ALL_OF.valueIn(node.json()).get(i),
                branchLoc,
                analysis.index.baseAt(branchLoc, node.baseUri()));
        object(analysis.typeOf(branch), Keywords.REF.isIn(branch.json()), false, parts, others);
    }

    /**
     * The one allOf branch that is only a union ({@code {oneOf: […]}}, nothing else that shapes a
     * type), or -1: two such branches would make every pair of their variants a type.
     */
    private static int unionBranch(JsonNode branches, Draft draft) {
        int found = -1;
        for (int i = 0; i < branches.size(); i++) {
            if (onlyAUnion(branches.get(i), draft)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean onlyAUnion(JsonNode json, Draft draft) {
        if (!json.isObject()) {
            return false;
        }
        int unions = 0;
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Optional<Keyword> keyword = Keywords.lookup(name, draft);
            if (keyword.isPresent() && keyword.get().role() == RecordRole.SHAPE) {
                if (!UnionKeywords.is(name)) {
                    return false;
                }
                unions++;
            }
        }
        return unions == 1;
    }

    /**
     * The referenced record itself when it is all there is ({@code allOf: [{$ref: X}]}, or a
     * {@code $ref} beside {@code type: object}): no copy of it.
     */
    private static Optional<TypeRef> onlyARecord(JsonNode json, List<ObjectMerge.Part> parts) {
        List<ObjectMerge.Part> shaping =
                parts.stream().filter(p -> !p.properties().isEmpty()).toList();
        if (shaping.size() != 1
                || shaping.get(0).base().isEmpty()
                || shaping.get(0).optional()
                || Keywords.ADDITIONAL_PROPERTIES.isIn(json)
                || Keywords.UNEVALUATED_PROPERTIES.isIn(json)) {
            return Optional.empty();
        }
        SourceLocation base = shaping.get(0).base().get();
        return Optional.of(new TypeRef.Named(base, base));
    }

    private static boolean allowsObject(JsonNode type) {
        String object = JsonType.OBJECT.jsonName();
        if (type.isArray()) {
            for (JsonNode name : type) {
                if (object.equals(name.asText())) {
                    return true;
                }
            }
            return false;
        }
        return object.equals(type.asText());
    }

    /** Adds {@code type} as a part when it is a record; any other type to {@code others}. */
    private void object(
            TypeRef type, boolean viaRef, boolean optional, List<ObjectMerge.Part> parts, List<TypeRef> others) {
        TypeRef value = type.nonNull();
        if (value instanceof TypeRef.Named named
                && analysis.declared.get(named.declaration()) instanceof TypeDecl.ObjectDecl record) {
            Optional<SourceLocation> base = viaRef ? Optional.of(named.declaration()) : Optional.empty();
            parts.add(new ObjectMerge.Part(record.properties(), base, optional));
        } else if (value instanceof TypeRef.Any any && any.objectOnly() && !optional) {
            others.add(type); // shapes no record, but no array or scalar can be it either: see shared
        } else if (!(value instanceof TypeRef.Any) && !optional) {
            others.add(type); // then/else that are no object shape nothing: the validator has them
        }
    }

    /**
     * The one type the non-object branches share (any value when none shapes anything). A bare
     * {@code {type: object}} branch shapes nothing on its own (the schema stays any value, as
     * before), but beside an array or scalar branch it is a conflict: no instance is both.
     */
    private TypeRef shared(SourceLocation loc, List<TypeRef> all) {
        List<TypeRef> others = all.stream().filter(other -> !anyObject(other)).toList();
        if (others.isEmpty()) {
            return Analysis.anyValue(loc);
        }
        TypeRef result = all.get(0);
        for (TypeRef other : all.subList(1, all.size())) {
            Optional<TypeRef> both = TypeIntersection.of(result, other, analysis.declared);
            if (both.isEmpty()) {
                analysis.diagnostics.error(
                        DiagnosticCode.MERGE_CONFLICT,
                        loc,
                        "the merged schemas have conflicting types: " + result.location() + " and " + other.location(),
                        "Give every branch one type, or leave the type to one of them.");
                return Analysis.anyValue(loc);
            }
            result = both.get();
        }
        return result;
    }

    private static boolean anyObject(TypeRef type) {
        return type.nonNull() instanceof TypeRef.Any any && any.objectOnly();
    }

    private void notAnObject(SourceLocation at, TypeRef other) {
        analysis.diagnostics.error(
                DiagnosticCode.MERGE_CONFLICT,
                at,
                "the merged schemas have conflicting types: " + other.location() + " is not an object, other parts are",
                "Make every branch an object schema, or move the non-object constraint into a property.");
    }

    /**
     * {@code unevaluatedProperties: false} closes the merged record when its properties are all that
     * can be evaluated ({@link ClosingKeywords}; a {@code $ref}'d part with a typed map of unknown members
     * evaluates more); else the schema's own additionalProperties.
     */
    private AdditionalProperties additional(SchemaNode node, List<ObjectMerge.Part> parts) {
        JsonNode unevaluated = Keywords.UNEVALUATED_PROPERTIES.valueIn(node.json());
        if (unevaluated != null
                && unevaluated.isBoolean()
                && !unevaluated.booleanValue()
                && Keywords.UNEVALUATED_PROPERTIES.in(analysis.draftOf(node.location()))
                && !ClosingKeywords.othersEvaluate(node.json())
                && parts.stream().flatMap(p -> p.base().stream()).noneMatch(this::mapsUnknownMembers)) {
            return new AdditionalProperties.Forbidden();
        }
        return objects.additional(node, Keywords.ADDITIONAL_PROPERTIES.valueIn(node.json()));
    }

    private boolean mapsUnknownMembers(SourceLocation base) {
        return analysis.declared.get(base) instanceof TypeDecl.ObjectDecl record
                && !(record.additional() instanceof AdditionalProperties.Forbidden)
                && !(record.additional() instanceof AdditionalProperties.Allowed);
    }

    /** Whether the schema or one of its inline allOf branches lists properties. */
    private static boolean listsProperties(JsonNode json) {
        if (!Keywords.PROPERTIES.pathIn(json).isEmpty()) {
            return true;
        }
        for (JsonNode branch : Keywords.ALL_OF.pathIn(json)) {
            if (!Keywords.PROPERTIES.pathIn(branch).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the schema's own keywords describe an object. */
    static boolean ownObject(JsonNode json) {
        return Keywords.PROPERTIES.isIn(json)
                || Keywords.REQUIRED.isIn(json)
                || Keywords.ADDITIONAL_PROPERTIES.isIn(json)
                || JsonType.OBJECT.jsonName().equals(Keywords.TYPE.pathIn(json).asText(""));
    }
}
