package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.model.TypeDecl;

/** The four combinations of required and nullable, each bound and written differently. */
enum Presence {
    /** Always present, never null. */
    REQUIRED,
    /** Always present, may be JSON null. */
    REQUIRED_NULLABLE,
    /** May be absent, never JSON null. */
    OPTIONAL,
    /** Absent, JSON null and a value are three different states. */
    OPTIONAL_NULLABLE;

    static Presence of(TypeDecl.Property property) {
        boolean nullable = property.type().isNullable();
        if (property.required()) {
            return nullable ? REQUIRED_NULLABLE : REQUIRED;
        }
        return nullable ? OPTIONAL_NULLABLE : OPTIONAL;
    }
}
