package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.TypeDecl.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of {@code then} and {@code else}: alternatives, never both applied, so a name both
 * list holds either one's values ({@link MemberTypes#common}, the least precise type that holds
 * both); the merged record makes every one of them optional.
 */
final class Alternatives {
    private Alternatives() {}

    static List<Property> either(List<ObjectMerge.Part> alternatives) {
        Map<String, Property> merged = new LinkedHashMap<>();
        for (ObjectMerge.Part part : alternatives) {
            for (Property property : part.properties()) {
                merged.merge(property.wireName(), property, Alternatives::either);
            }
        }
        return List.copyOf(merged.values());
    }

    private static Property either(Property first, Property second) {
        return new Property(
                first.wireName(),
                MemberTypes.common(List.of(first.type(), second.type()), first.location()),
                false,
                first.doc(),
                first.defaultValue(),
                first.readOnly() && second.readOnly(),
                first.location());
    }
}
