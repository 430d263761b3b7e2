package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.TypeName;
import dev.synesthetic.codegen.model.TypeDecl.Property;
import java.util.Optional;

/** One record component as its builder sees it; {@code property} is empty for the unknown members' map. */
record BuilderSlot(String name, TypeName type, Optional<Property> property) {
    Presence presence() {
        return property.map(Presence::of).orElse(Presence.OPTIONAL);
    }

    /** The Java name and, for a property, the JSON name: how the builder's messages name it. */
    String label() {
        return property.map(p -> name + " (JSON \"" + p.wireName() + "\")").orElse(name);
    }
}
