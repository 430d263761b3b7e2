package dev.synesthetic.codegen.compile;

/** Generated sources that could not be compiled: no compiler in this Java, or javac refused them. */
public final class CompileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean noCompiler;

    CompileException(String message, boolean noCompiler) {
        super(message);
        this.noCompiler = noCompiler;
    }

    /** True when this Java is a JRE ({@code javax.tools} has no compiler): the user's setup, not our bug. */
    public boolean noCompiler() {
        return noCompiler;
    }
}
