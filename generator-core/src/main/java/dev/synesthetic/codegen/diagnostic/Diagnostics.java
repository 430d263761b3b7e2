package dev.synesthetic.codegen.diagnostic;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects problems and lets each stage carry on, so one run reports everything it can find; the
 * generator emits nothing once an error has been reported.
 */
public final class Diagnostics {
    /** What strict mode refuses: keywords no draft defines, and keywords a draft says to ignore. */
    public static final java.util.Set<DiagnosticCode> STRICT =
            java.util.EnumSet.of(DiagnosticCode.UNKNOWN_KEYWORD, DiagnosticCode.IGNORED_KEYWORD);

    private final List<Diagnostic> reported = new ArrayList<>();
    private final java.util.Set<DiagnosticCode> asErrors;

    public Diagnostics() {
        this(java.util.Set.of());
    }

    /** Warnings of the {@code asErrors} codes are reported as errors (strict mode). */
    public Diagnostics(java.util.Set<DiagnosticCode> asErrors) {
        this.asErrors = java.util.Set.copyOf(asErrors);
    }

    public void error(DiagnosticCode code, SourceLocation where, String message, String hint) {
        reported.add(new Diagnostic(code, Severity.ERROR, Optional.ofNullable(where), message, hint));
    }

    public void warning(DiagnosticCode code, SourceLocation where, String message, String hint) {
        if (asErrors.contains(code)) {
            reported.add(new Diagnostic(
                    code,
                    Severity.ERROR,
                    Optional.ofNullable(where),
                    message,
                    hint + " (An error because of strict mode: --strict / strict.)"));
        } else {
            reported.add(new Diagnostic(code, Severity.WARNING, Optional.ofNullable(where), message, hint));
        }
    }

    /** Whether a warning of {@code code} is reported as an error here: its message may say so. */
    public boolean refuses(DiagnosticCode code) {
        return asErrors.contains(code);
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything reported so far, in {@link Diagnostic#ORDER}, without duplicates. */
    public List<Diagnostic> sorted() {
        return reported.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
