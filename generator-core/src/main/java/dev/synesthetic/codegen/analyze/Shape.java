package dev.synesthetic.codegen.analyze;

import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.resolve.SchemaNode;

/** One kind of schema the record model knows (object, array, union, enum, scalar, reference): its type. */
@FunctionalInterface
interface Shape {
    TypeRef of(SchemaNode node);
}
