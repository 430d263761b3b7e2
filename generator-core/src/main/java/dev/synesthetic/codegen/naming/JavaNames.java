package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * Every Java name the emitter needs, decided before emitting: type names by schema location,
 * record component names by property, enum constants, union variant names.
 */
public record JavaNames(
        Map<SourceLocation, String> types,
        Map<SourceLocation, Map<String, String>> components,
        Map<SourceLocation, String> additionalComponent,
        Map<SourceLocation, List<String>> enumConstants,
        Map<SourceLocation, List<String>> unionVariants,
        Map<SourceLocation, String> views) {

    /** The interface of accessors of the record at {@code declaration}, a base of merged records. */
    public String view(SourceLocation declaration) {
        return require(views.get(declaration), declaration);
    }

    /** Whether the record at {@code declaration} is a base with an interface of its own. */
    public boolean hasView(SourceLocation declaration) {
        return views.containsKey(declaration);
    }

    public String type(SourceLocation declaration) {
        return require(types.get(declaration), declaration);
    }

    /** The record component for property {@code wireName} of the object at {@code declaration}. */
    public String component(SourceLocation declaration, String wireName) {
        return require(components.get(declaration).get(wireName), declaration);
    }

    /** The component holding keys the schema does not list. */
    public String additional(SourceLocation declaration) {
        return require(additionalComponent.get(declaration), declaration);
    }

    public List<String> constants(SourceLocation declaration) {
        return require(enumConstants.get(declaration), declaration);
    }

    public List<String> variants(SourceLocation declaration) {
        return require(unionVariants.get(declaration), declaration);
    }

    private static <T> T require(T value, SourceLocation where) {
        if (value == null) {
            throw new IllegalStateException("no name decided for " + where);
        }
        return value;
    }
}
