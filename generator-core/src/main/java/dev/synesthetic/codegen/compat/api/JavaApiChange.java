package dev.synesthetic.codegen.compat.api;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between the Java API generated from an old corpus and from a new one.
 *
 * @param javaType the type as the old API names it ({@code Thing}, {@code Thing.Builder}); the new name
 *     for a type only the new API has
 * @param member the component, constant, variant or method ({@code withCount(BigInteger)}, {@code <init>}
 *     for the canonical constructor); null when the change is the whole type's
 * @param breaking whether code compiled against the old generated API can fail to compile against the new
 * @param oldLocation the schema location behind the old member or type; null when only the new has it
 * @param newLocation the schema location behind the new member or type; null when only the old has it
 */
public record JavaApiChange(
        String javaType,
        String member,
        Kind kind,
        boolean breaking,
        SourceLocation oldLocation,
        SourceLocation newLocation,
        String message) {
    /** The one order of a report: by type, member (the type's own changes first), kind, message. */
    public static final Comparator<JavaApiChange> ORDER = Comparator.comparing(JavaApiChange::javaType)
            .thenComparing(JavaApiChange::member, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(JavaApiChange::kind)
            .thenComparing(JavaApiChange::message);

    public JavaApiChange {
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** What changed; {@link #breaking()} is decided per change, since one kind can go either way. */
    public enum Kind {
        TYPE_REMOVED,
        TYPE_RENAMED,
        TYPE_KIND_CHANGED,
        TYPE_ADDED,
        COMPONENT_REMOVED,
        COMPONENT_RENAMED,
        COMPONENT_TYPE_CHANGED,
        COMPONENT_BECAME_OPTIONAL,
        COMPONENT_BECAME_REQUIRED,
        COMPONENT_ADDED,
        CONSTRUCTOR_ARITY_CHANGED,
        ENUM_CONSTANT_REMOVED,
        ENUM_CONSTANT_ADDED,
        UNION_VARIANT_REMOVED,
        UNION_VARIANT_ADDED,
        VALIDATOR_REMOVED,
        READER_REMOVED,
        BUILDER_METHOD_REMOVED,
        METHOD_REMOVED,
        METHOD_CHANGED,
        METHOD_ADDED
    }
}
