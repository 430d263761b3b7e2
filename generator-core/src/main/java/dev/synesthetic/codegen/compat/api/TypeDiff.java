package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.compat.api.ApiSnapshot.ApiType;
import dev.synesthetic.codegen.compat.api.ApiSnapshot.Property;
import dev.synesthetic.codegen.compat.api.JavaApiChange.Kind;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The differences between two paired types, nested types included: name, shape, enum constants,
 * union variants and nested types here; components ({@link ComponentDiff}) and methods
 * ({@link MethodDiff}) by their own rules. Changes are reported under the old type's name.
 */
final class TypeDiff {
    private final Renames renames;
    private final List<JavaApiChange> changes;

    TypeDiff(Renames renames, List<JavaApiChange> changes) {
        this.renames = renames;
        this.changes = changes;
    }

    void compare(ApiType before, ApiType after) {
        String name = before.api().name();
        if (!name.equals(after.api().name())) {
            changes.add(new JavaApiChange(
                    name,
                    null,
                    Kind.TYPE_RENAMED,
                    true,
                    before.location(),
                    after.location(),
                    name + " is now " + after.api().name() + " (same schema location)"));
        }
        compare(
                before.api(),
                after.api(),
                new Sides(before.location(), after.location(), before.properties(), after.properties()));
    }

    /** Where each side's type comes from and the properties behind its components. */
    record Sides(
            SourceLocation oldAt,
            SourceLocation newAt,
            Map<String, Property> oldProperties,
            Map<String, Property> newProperties) {
        /** A nested type: its outer type's locations, components named after no property. */
        Sides nested() {
            return new Sides(oldAt, newAt, Map.of(), Map.of());
        }
    }

    private void compare(TypeApi old, TypeApi next, Sides sides) {
        SourceLocation oldAt = sides.oldAt();
        SourceLocation newAt = sides.newAt();
        String name = old.name();
        if (old.shape() != next.shape()) {
            changes.add(new JavaApiChange(
                    name,
                    null,
                    Kind.TYPE_KIND_CHANGED,
                    true,
                    oldAt,
                    newAt,
                    name + " was " + article(old.shape()) + " and is now " + article(next.shape())));
            return;
        }
        for (String constant : minus(old.constants(), next.constants())) {
            changes.add(new JavaApiChange(
                    name,
                    constant,
                    Kind.ENUM_CONSTANT_REMOVED,
                    true,
                    oldAt,
                    newAt,
                    "constant " + name + "." + constant + " is gone"));
        }
        for (String constant : minus(next.constants(), old.constants())) {
            changes.add(new JavaApiChange(
                    name,
                    constant,
                    Kind.ENUM_CONSTANT_ADDED,
                    true,
                    oldAt,
                    newAt,
                    "new constant " + constant + ": an exhaustive switch expression over " + name
                            + " without a default no longer compiles"));
        }
        List<String> oldVariants = old.permits().stream().map(this::simple).toList();
        List<String> newVariants = next.permits().stream().map(this::simple).toList();
        for (String variant : minus(oldVariants, newVariants)) {
            changes.add(new JavaApiChange(
                    name,
                    variant,
                    Kind.UNION_VARIANT_REMOVED,
                    true,
                    oldAt,
                    newAt,
                    "variant " + variant + " of " + name + " is gone"));
        }
        for (String variant : minus(newVariants, oldVariants)) {
            changes.add(new JavaApiChange(
                    name,
                    variant,
                    Kind.UNION_VARIANT_ADDED,
                    true,
                    oldAt,
                    newAt,
                    "new variant " + variant + ": an exhaustive pattern switch over " + name
                            + " (Java 21+) without a default no longer compiles"));
        }
        new ComponentDiff(renames, changes).compare(old, next, sides);
        new MethodDiff(renames, changes).compare(old, next, oldAt, newAt);
        nested(old, next, oldVariants, newVariants, sides);
    }

    private void nested(TypeApi old, TypeApi next, List<String> oldVariants, List<String> newVariants, Sides sides) {
        SourceLocation oldAt = sides.oldAt();
        SourceLocation newAt = sides.newAt();
        Map<String, TypeApi> after = new TreeMap<>();
        next.nested().forEach(type -> after.put(type.simpleName(), type));
        for (TypeApi type : old.nested()) {
            String simple = simple(type.simpleName());
            TypeApi match = after.remove(simple);
            if (match != null) {
                compare(type, match, sides.nested());
            } else if (!oldVariants.contains(simple)) { // a gone variant is reported as such
                changes.add(new JavaApiChange(
                        type.name(),
                        null,
                        Kind.TYPE_REMOVED,
                        true,
                        oldAt,
                        null,
                        type.name() + " is no longer generated: code that names it does not compile"));
            }
        }
        after.forEach((simple, type) -> {
            if (!newVariants.contains(simple)) {
                changes.add(new JavaApiChange(
                        type.name(), null, Kind.TYPE_ADDED, false, null, newAt, "new type " + type.name()));
            }
        });
    }

    /** The simple name of a variant or nested type as the new API would spell it. */
    private String simple(String name) {
        String renamed = renames.apply(name);
        return renamed.substring(renamed.lastIndexOf('.') + 1);
    }

    private static Set<String> minus(List<String> from, List<String> without) {
        Set<String> rest = new TreeSet<>(from);
        without.forEach(rest::remove);
        return rest;
    }

    private static String article(TypeApi.Shape shape) {
        return (shape == TypeApi.Shape.ENUM || shape == TypeApi.Shape.INTERFACE ? "an " : "a ")
                + shape.name().toLowerCase(java.util.Locale.ROOT);
    }
}
