package dev.synesthetic.codegen.drift;

/** What kind of difference a changed file has; line-ending and whitespace changes are told apart. */
public enum ChangeKind {
    /** Only line endings differ (typically a CRLF checkout of LF files). */
    LINE_ENDINGS,
    /** Only spaces and tabs differ. */
    WHITESPACE,
    /** The code differs. */
    CONTENT
}
