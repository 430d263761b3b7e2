package dev.synesthetic.codegen.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by the facade when the corpus has errors; carries every diagnostic of the run. */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public GenerationException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::render)
                .collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
