package dev.synesthetic.codegen.model;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Optional;

/** A type the generator declares: one per schema that needs a name. */
public sealed interface TypeDecl {
    /** The schema's location; also its identity. */
    SourceLocation location();

    NameHint nameHint();

    Doc doc();

    /** An object schema with known properties. */
    record ObjectDecl(
            SourceLocation location,
            NameHint nameHint,
            Doc doc,
            List<Property> properties,
            AdditionalProperties additional,
            boolean documentRoot)
            implements TypeDecl {
        public ObjectDecl {
            properties = List.copyOf(properties);
        }
    }

    /** A string enum; values kept exactly as written. */
    record EnumDecl(SourceLocation location, NameHint nameHint, Doc doc, List<String> values) implements TypeDecl {
        public EnumDecl {
            values = List.copyOf(values);
        }
    }

    /**
     * An {@code anyOf} whose variants are different types. Variants are in matching order: the first
     * that accepts a value wins, so more specific variants come first.
     */
    record UnionDecl(SourceLocation location, NameHint nameHint, Doc doc, List<TypeRef> variants) implements TypeDecl {
        public UnionDecl {
            variants = List.copyOf(variants);
        }
    }

    /**
     * A file root that is none of the above (an array, a map, a scalar, a free-form object): a named
     * type holding the one value, bound from and written as that bare JSON value.
     */
    record ValueDecl(SourceLocation location, NameHint nameHint, Doc doc, TypeRef value) implements TypeDecl {}

    /**
     * A tuple ({@code prefixItems}, or {@code items} as an array before 2020-12): one type per
     * position, the first {@code required} of them always present; {@code rest} types the items
     * after the positions, empty when none may follow. Bound from and written as a JSON array.
     */
    record TupleDecl(
            SourceLocation location,
            NameHint nameHint,
            Doc doc,
            List<TypeRef> positions,
            int required,
            Optional<TypeRef> rest)
            implements TypeDecl {
        public TupleDecl {
            positions = List.copyOf(positions);
        }
    }

    /** A property of an {@link ObjectDecl}. */
    record Property(
            String wireName,
            TypeRef type,
            boolean required,
            Doc doc,
            Optional<Literal> defaultValue,
            boolean readOnly,
            SourceLocation location) {}
}
