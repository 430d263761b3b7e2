package dev.synesthetic.codegen.diagnostic;

import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Comparator;
import java.util.Optional;

/**
 * One reported problem: what (a stable code), where (file and JSON Pointer, when known), a message
 * and a hint saying what to do next.
 */
public record Diagnostic(
        DiagnosticCode code, Severity severity, Optional<SourceLocation> location, String message, String hint) {

    /** Errors first, then by location, then by code: reports read the same on every run. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::severity)
            .thenComparing(d -> d.location().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code ERROR [UNRESOLVABLE_REF] tone.schema.json#/properties/x: message (hint)}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(severity).append(" [").append(code).append("] ");
        location.ifPresent(l -> out.append(l).append(": "));
        out.append(message);
        if (!hint.isEmpty()) {
            out.append("\n    ").append(hint);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
