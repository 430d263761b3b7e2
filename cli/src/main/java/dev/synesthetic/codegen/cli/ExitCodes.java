package dev.synesthetic.codegen.cli;

/** The process exit codes, one meaning each, so CI can tell drift from a crash. */
final class ExitCodes {
    /** Success: generated, clean, or every instance valid. */
    static final int OK = 0;
    /** Drift found, an instance is invalid, or a schema file is not canonical ({@code normalize --check}). */
    static final int DRIFT = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** The schema corpus has an error (the message names file and JSON Pointer). */
    static final int SCHEMA = 3;
    /** Reading or writing failed, or an internal error. */
    static final int IO = 4;

    private ExitCodes() {}
}
