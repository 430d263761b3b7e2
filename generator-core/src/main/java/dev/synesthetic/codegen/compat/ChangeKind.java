package dev.synesthetic.codegen.compat;

import java.util.Locale;

/** The kinds of document-level change {@code compat} tells apart. */
public enum ChangeKind {
    SCHEMA_ADDED,
    SCHEMA_REMOVED,
    REQUIRED_ADDED,
    REQUIRED_REMOVED,
    PROPERTY_ADDED,
    PROPERTY_REMOVED,
    ADDITIONAL_PROPERTIES_CHANGED,
    TYPE_NARROWED,
    TYPE_WIDENED,
    TYPE_CHANGED,
    ENUM_VALUE_ADDED,
    ENUM_VALUE_REMOVED,
    ENUM_CHANGED,
    BOUND_TIGHTENED,
    BOUND_LOOSENED,
    BOUND_CHANGED,
    PATTERN_CHANGED,
    FORMAT_CHANGED,
    UNIQUE_ITEMS_CHANGED,
    REF_RETARGETED,
    BRANCH_ADDED,
    BRANCH_REMOVED,
    SCHEMA_CLOSED,
    SCHEMA_OPENED,
    KEYWORD_CHANGED,
    /** version.json's schemaVersion: information; the schemas' own changes are what break documents. */
    VERSION_CHANGED;

    /** The stable name reports print ({@code required-added}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
