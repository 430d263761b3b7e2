package dev.synesthetic.codegen.diagnostic;

/** An error stops generation; a warning is reported and generation goes on. */
public enum Severity {
    ERROR,
    WARNING
}
