package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The member that says which variant of a union a value is: when every variant is a record that
 * requires a member of the same name holding one string ({@code const}, or an {@code enum} of one
 * value), distinct across the variants, a union binds the variant that value names instead of
 * trying each in turn. Required in every variant, because a value without the member would be
 * valid for a variant that leaves it optional, so no dispatch could refuse it.
 *
 * @param property the member's JSON name
 * @param values each variant's value, in variant order
 */
record Discriminator(String property, List<String> values) {
    Discriminator {
        values = List.copyOf(values);
    }

    /** The first member of the first variant that discriminates them all, in declaration order. */
    static Optional<Discriminator> of(SchemaModel model, TypeDecl.UnionDecl union) {
        List<TypeDecl.ObjectDecl> records = new ArrayList<>();
        for (TypeRef variant : union.variants()) {
            if (!(variant instanceof TypeRef.Named named
                    && model.type(named.declaration()) instanceof TypeDecl.ObjectDecl record)) {
                return Optional.empty();
            }
            records.add(record);
        }
        if (records.size() < 2) {
            return Optional.empty();
        }
        for (TypeDecl.Property candidate : records.get(0).properties()) {
            List<String> values = new ArrayList<>();
            for (TypeDecl.ObjectDecl record : records) {
                tag(model, record, candidate.wireName()).ifPresent(values::add);
            }
            if (values.size() == records.size() && new HashSet<>(values).size() == values.size()) {
                return Optional.of(new Discriminator(candidate.wireName(), values));
            }
        }
        return Optional.empty();
    }

    /** The one string {@code record} requires its member {@code name} to be, if that is what it requires. */
    private static Optional<String> tag(SchemaModel model, TypeDecl.ObjectDecl record, String name) {
        for (TypeDecl.Property property : record.properties()) {
            if (property.wireName().equals(name)
                    && property.required()
                    && property.type() instanceof TypeRef.Named named
                    && model.type(named.declaration()) instanceof TypeDecl.EnumDecl tag
                    && tag.values().size() == 1
                    && tag.values().get(0) instanceof Literal.Text text) {
                return Optional.of(text.value());
            }
        }
        return Optional.empty();
    }
}
