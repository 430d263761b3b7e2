package dev.synesthetic.codegen.diagnostic;

/**
 * Stable identities for every problem the generator reports. Front ends map them to exit codes and
 * tests assert them, so a message can be reworded without breaking either.
 */
public enum DiagnosticCode {
    /** The corpus folder is missing, unreadable or holds no schema. */
    CORPUS_IO,
    /** A file is not well-formed JSON (or repeats a key). */
    MALFORMED_JSON,
    /** {@code $schema} names a draft the generator does not support yet. */
    UNSUPPORTED_DRAFT,
    /** A keyword's value has the wrong shape, e.g. {@code "type": 3}. */
    INVALID_SCHEMA,
    /** Two schemas claim the same {@code $id} or {@code $anchor}. */
    DUPLICATE_ID,
    /** A {@code $ref} points at nothing in the corpus. */
    UNRESOLVABLE_REF,
    /** A {@code $ref} would leave the corpus folder or needs the network. */
    REF_OUTSIDE_CORPUS,
    /** {@code $ref}s form a loop with no object in between, so no Java type can exist. */
    REF_CYCLE,
    /**
     * A {@code $ref} fragment that is not a strict RFC 3986 fragment ({@code <}, {@code >}, spaces,
     * {@code {}}, {@code |}) was read as the JSON Pointer it spells (a warning).
     */
    LENIENT_REF,
    /** A keyword the generator knows but cannot honour yet. */
    UNSUPPORTED_KEYWORD,
    /** A keyword the schema's draft ignores where it stands, e.g. beside {@code $ref} before 2019-09 (a warning). */
    IGNORED_KEYWORD,
    /** A keyword no supported draft defines (a warning; {@code x-} keywords are silent). */
    UNKNOWN_KEYWORD,
    /** Two schemas or properties would get the same Java name and no rule can separate them. */
    NAME_COLLISION,
    /**
     * A file's root schema constrains nothing and the file defines nothing, so it would generate no
     * Java type at all.
     */
    ROOT_WITHOUT_TYPE,
    /**
     * Validators are off and the corpus has assertions only a validator enforces (a warning listing
     * them per keyword).
     */
    UNENFORCED_ASSERTIONS,
    /** {@code version.json} disagrees with the version segment of an {@code $id}. */
    VERSION_MISMATCH,
    /**
     * The corpus goes beyond a limit of the generator or of Java (nesting depth, record components,
     * constant length, class size); the message names the limit (README, "Limits").
     */
    LIMIT_EXCEEDED,
    /**
     * Schemas merged by {@code allOf} (or beside a {@code $ref}) give one value types no instance can
     * have together, e.g. a property {@code string} in one part and {@code integer} in another, or an
     * object branch beside an array branch; the message names both pointers. A warning where the
     * merge keeps one side's type and leaves the other to the validator.
     */
    MERGE_CONFLICT,
    /**
     * A custom meta-schema's {@code $vocabulary} requires ({@code true}) a vocabulary the generator does
     * not know; the location is that entry of the meta-schema.
     */
    UNKNOWN_VOCABULARY
}
