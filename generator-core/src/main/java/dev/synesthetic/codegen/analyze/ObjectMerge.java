package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.model.AdditionalProperties;
import dev.synesthetic.codegen.model.Doc;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Object schemas merged into one record: properties in part order (the first part to name one
 * places it), required where any part requires it, a name met twice intersected
 * ({@link TypeIntersection}). A part taken from a {@code $ref}'d record makes that record a base:
 * the merged record implements its interface when it keeps every base property's Java type.
 */
final class ObjectMerge {
    /**
     * What one schema contributes: its properties; {@code base}, the record it is when reached by
     * {@code $ref}; {@code optional} for {@code then}/{@code else}, whose properties are never required.
     */
    record Part(List<Property> properties, Optional<SourceLocation> base, boolean optional) {
        Part {
            properties = List.copyOf(properties);
        }
    }

    private final Analysis analysis;

    ObjectMerge(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Declares the record merged from {@code parts} at {@code at} and returns a reference to it. */
    TypeRef record(SchemaNode at, List<Part> parts, AdditionalProperties additional) {
        return record(at.location(), DocReader.doc(at.json()), parts, additional);
    }

    private TypeRef record(SourceLocation loc, Doc doc, List<Part> parts, AdditionalProperties additional) {
        Map<String, Property> merged = new LinkedHashMap<>();
        for (Part part : parts) {
            for (Property property : part.properties()) {
                Property next = part.optional() ? optional(property) : property;
                Property known = merged.get(next.wireName());
                merged.put(next.wireName(), known == null ? next : intersect(loc, known, next));
            }
        }
        Set<SourceLocation> bases = new LinkedHashSet<>();
        for (Part part : parts) {
            part.base().ifPresent(base -> addBase(base, merged, bases));
        }
        return analysis.declare(
                new TypeDecl.ObjectDecl(
                        loc,
                        analysis.hint(loc),
                        doc,
                        new ArrayList<>(merged.values()),
                        additional,
                        loc.pointer().isRoot(),
                        new ArrayList<>(bases)),
                false);
    }

    /** {@code base} and, through it, its own bases: each one the merged record still fits. */
    private void addBase(SourceLocation base, Map<String, Property> merged, Set<SourceLocation> bases) {
        if (!(analysis.declared.get(base) instanceof TypeDecl.ObjectDecl record) || !fits(record, merged)) {
            return;
        }
        if (bases.add(base)) {
            record.bases().forEach(b -> addBase(b, merged, bases));
        }
    }

    /**
     * Whether each of the base's accessors has the same Java type here: the same type, and the same
     * presence where the type is nullable (optional-nullable is an {@code Optional}).
     */
    private static boolean fits(TypeDecl.ObjectDecl base, Map<String, Property> merged) {
        for (Property property : base.properties()) {
            Property mine = merged.get(property.wireName());
            if (mine == null
                    || !TypeIntersection.same(property.type(), mine.type())
                    || (property.type().isNullable() && property.required() != mine.required())) {
                return false;
            }
        }
        return true;
    }

    private Property intersect(SourceLocation at, Property first, Property second) {
        Optional<TypeRef> type = TypeIntersection.of(first.type(), second.type(), analysis.declared)
                .or(() -> records(first, second));
        if (type.isEmpty() && records(first) && records(second)) {
            analysis.diagnostics.warning(
                    DiagnosticCode.MERGE_CONFLICT,
                    second.location(),
                    "property '" + first.wireName() + "' is two different records in the merged schemas: "
                            + first.location() + " and " + second.location() + "; it keeps the first's type,"
                            + " the validator asserts both",
                    "Refer to one record in both places, or refine it inline ({properties: …}) in one of them.");
            return first;
        }
        if (type.isEmpty()) {
            analysis.diagnostics.error(
                    DiagnosticCode.MERGE_CONFLICT,
                    second.location(),
                    "property '" + first.wireName() + "' has conflicting types in the merged schemas: "
                            + first.location() + " and " + second.location(),
                    "Give the property one type in both places, or leave it untyped ({}) in one of them.");
            return first;
        }
        return new Property(
                first.wireName(),
                type.get(),
                first.required() || second.required(),
                first.doc().equals(Doc.NONE) ? second.doc() : first.doc(),
                first.defaultValue().or(second::defaultValue),
                first.readOnly() || second.readOnly(),
                first.location());
    }

    /**
     * A record property refined inline by another part ({@code foo: {$ref: Foo}} and {@code foo:
     * {properties: {x: …}}}): the inline record becomes the merge of both, the {@code $ref}'d one its
     * base. Empty when neither side is an inline record.
     */
    private Optional<TypeRef> records(Property first, Property second) {
        if (!records(first) || !records(second)) {
            return Optional.empty();
        }
        Property inline = inline(second) ? second : first;
        Property other = inline == second ? first : second;
        if (!inline(inline)) {
            return Optional.empty();
        }
        TypeDecl.ObjectDecl refined = declaration(inline);
        TypeDecl.ObjectDecl base = declaration(other);
        Optional<SourceLocation> baseAt = inline(other) ? Optional.empty() : Optional.of(base.location());
        AdditionalProperties additional =
                refined.additional() instanceof AdditionalProperties.Allowed ? base.additional() : refined.additional();
        TypeRef merged = record(
                refined.location(),
                refined.doc().equals(Doc.NONE) ? base.doc() : refined.doc(),
                List.of(
                        new Part(base.properties(), baseAt, false),
                        new Part(refined.properties(), Optional.empty(), false)),
                additional);
        boolean nullable = first.type().isNullable() && second.type().isNullable();
        return Optional.of(nullable ? new TypeRef.Nullable(merged, merged.location()) : merged);
    }

    private boolean records(Property property) {
        return property.type().nonNull() instanceof TypeRef.Named named
                && analysis.declared.get(named.declaration()) instanceof TypeDecl.ObjectDecl;
    }

    /** A record declared where the property's schema stands, not reached by {@code $ref}. */
    private static boolean inline(Property property) {
        return ((TypeRef.Named) property.type().nonNull()).declaration().equals(property.location());
    }

    private TypeDecl.ObjectDecl declaration(Property property) {
        return (TypeDecl.ObjectDecl)
                analysis.declared.get(((TypeRef.Named) property.type().nonNull()).declaration());
    }

    private static Property optional(Property p) {
        return new Property(p.wireName(), p.type(), false, p.doc(), p.defaultValue(), p.readOnly(), p.location());
    }
}
