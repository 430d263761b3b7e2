package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.compat.api.ApiSnapshot.Property;
import dev.synesthetic.codegen.compat.api.JavaApiChange.Kind;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Record components of two paired types, paired by the property behind them (so a new Java name for
 * one JSON name is a rename), else by name. A component's accessor and the canonical constructor's
 * parameter are what callers use: a changed type breaks both; {@code @Nullable} breaks neither
 * (it is an annotation), {@code Optional} wrapping does.
 */
final class ComponentDiff {
    private static final Pattern OPTIONAL = Pattern.compile("Optional<(.*)>");

    private final Renames renames;
    private final List<JavaApiChange> changes;

    ComponentDiff(Renames renames, List<JavaApiChange> changes) {
        this.renames = renames;
        this.changes = changes;
    }

    void compare(TypeApi old, TypeApi next, TypeDiff.Sides sides) {
        String type = old.name();
        Map<String, TypeApi.Component> unpaired = new LinkedHashMap<>();
        next.components().forEach(c -> unpaired.put(pairKey(c, sides.newProperties()), c));
        for (TypeApi.Component before : old.components()) {
            SourceLocation oldAt = at(before, sides.oldProperties(), sides.oldAt());
            TypeApi.Component after = unpaired.remove(pairKey(before, sides.oldProperties()));
            if (after == null) {
                changes.add(new JavaApiChange(
                        type,
                        before.name(),
                        Kind.COMPONENT_REMOVED,
                        true,
                        oldAt,
                        null,
                        "component " + before.name() + " is gone: its accessor and constructor parameter with it"));
                continue;
            }
            SourceLocation newAt = at(after, sides.newProperties(), sides.newAt());
            if (!before.name().equals(after.name())) {
                changes.add(new JavaApiChange(
                        type,
                        before.name(),
                        Kind.COMPONENT_RENAMED,
                        true,
                        oldAt,
                        newAt,
                        "component " + before.name() + " is now " + after.name() + " (same property)"));
            }
            typeChange(type, before, after, oldAt, newAt);
        }
        unpaired.values()
                .forEach(after -> changes.add(new JavaApiChange(
                        type,
                        after.name(),
                        Kind.COMPONENT_ADDED,
                        false,
                        null,
                        at(after, sides.newProperties(), sides.newAt()),
                        "new component " + after.name())));
        if (old.shape() == TypeApi.Shape.RECORD
                && old.components().size() != next.components().size()) {
            changes.add(new JavaApiChange(
                    type,
                    "<init>",
                    Kind.CONSTRUCTOR_ARITY_CHANGED,
                    true,
                    sides.oldAt(),
                    sides.newAt(),
                    "the canonical constructor takes " + next.components().size() + " arguments, not "
                            + old.components().size() + ": every new " + type + "(…) call breaks"));
        }
    }

    private void typeChange(
            String type,
            TypeApi.Component before,
            TypeApi.Component after,
            SourceLocation oldAt,
            SourceLocation newAt) {
        String oldType = renames.apply(before.type());
        if (oldType.equals(after.type())) {
            if (before.nullable() != after.nullable()) {
                Kind kind = after.nullable() ? Kind.COMPONENT_BECAME_OPTIONAL : Kind.COMPONENT_BECAME_REQUIRED;
                changes.add(new JavaApiChange(
                        type,
                        before.name(),
                        kind,
                        false,
                        oldAt,
                        newAt,
                        after.nullable()
                                ? before.name()
                                        + " may now be null (@Nullable): callers compile, but must check for null"
                                : before.name() + " is never null now (no longer @Nullable)"));
            }
            return;
        }
        if (unwrapped(oldType).equals(unwrapped(after.type()))) {
            boolean wrapped = !unwrapped(after.type()).equals(after.type());
            changes.add(new JavaApiChange(
                    type,
                    before.name(),
                    wrapped ? Kind.COMPONENT_BECAME_OPTIONAL : Kind.COMPONENT_BECAME_REQUIRED,
                    true,
                    oldAt,
                    newAt,
                    before.name() + " is " + after.type() + ", not " + before.type()
                            + (wrapped ? " (JSON null is now allowed)" : " (JSON null no longer allowed)")));
            return;
        }
        changes.add(new JavaApiChange(
                type,
                before.name(),
                Kind.COMPONENT_TYPE_CHANGED,
                true,
                oldAt,
                newAt,
                before.name() + " is " + after.type() + ", not " + before.type()));
    }

    private static String unwrapped(String type) {
        Matcher optional = OPTIONAL.matcher(type);
        return optional.matches() ? optional.group(1) : type;
    }

    private static String pairKey(TypeApi.Component component, Map<String, Property> properties) {
        Property property = properties.get(component.name());
        return property == null ? "name " + component.name() : "property " + property.wireName();
    }

    private static SourceLocation at(
            TypeApi.Component component, Map<String, Property> properties, SourceLocation type) {
        Property property = properties.get(component.name());
        return property == null ? type : property.location();
    }
}
