package dev.synesthetic.codegen.compat;

import dev.synesthetic.codegen.compat.api.JavaApiChange;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Locale;

/** How the reports name a change to the generated Java API: one wording for every format. */
final class JavaChanges {
    private JavaChanges() {}

    /** {@code component-type-changed}. */
    static String kind(JavaApiChange change) {
        return change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code Thing.count} or {@code Thing} for a change of the whole type. */
    static String member(JavaApiChange change) {
        return change.member() == null ? change.javaType() : change.javaType() + "." + change.member();
    }

    /** The schema location behind it: the new side's, else the old side's; empty when neither is known. */
    static String where(JavaApiChange change) {
        SourceLocation at = location(change);
        return at == null ? "" : at.toString();
    }

    /** The schema file behind it, for annotations; empty when unknown. */
    static String file(JavaApiChange change) {
        SourceLocation at = location(change);
        return at == null ? "" : at.file();
    }

    /** The new side's location, else the old side's; null when neither is known. */
    private static SourceLocation location(JavaApiChange change) {
        return change.newLocation() != null ? change.newLocation() : change.oldLocation();
    }

    static String verdict(JavaApiChange change) {
        return change.breaking() ? "breaks" : "safe";
    }
}
