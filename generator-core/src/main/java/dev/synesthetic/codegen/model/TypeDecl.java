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

    /**
     * An object schema with known properties. {@code bases}: the records (declarations) an
     * {@code allOf} built this one on, each keeping its properties' Java types here, so this record
     * implements each base's interface of accessors; empty for most records.
     */
    record ObjectDecl(
            SourceLocation location,
            NameHint nameHint,
            Doc doc,
            List<Property> properties,
            AdditionalProperties additional,
            boolean documentRoot,
            List<SourceLocation> bases)
            implements TypeDecl {
        public ObjectDecl {
            properties = List.copyOf(properties);
            bases = List.copyOf(bases);
        }

        /** A record built on no other. */
        public ObjectDecl(
                SourceLocation location,
                NameHint nameHint,
                Doc doc,
                List<Property> properties,
                AdditionalProperties additional,
                boolean documentRoot) {
            this(location, nameHint, doc, properties, additional, documentRoot, List.of());
        }
    }

    /**
     * An enum of JSON scalars (strings, numbers, booleans; never null, which makes the use nullable),
     * each value kept as the schema wrote it.
     */
    record EnumDecl(SourceLocation location, NameHint nameHint, Doc doc, List<Literal> values) implements TypeDecl {
        public EnumDecl {
            values = List.copyOf(values);
        }

        /** Whether every value is a string: such an enum is bound from and written as a Java String. */
        public boolean textOnly() {
            return values.stream().allMatch(Literal.Text.class::isInstance);
        }

        /** Whether every value is a number. */
        public boolean numbersOnly() {
            return values.stream().allMatch(Literal.Number.class::isInstance);
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
