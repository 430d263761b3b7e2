package dev.synesthetic.codegen.compat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a side's generated validator on a document. The front end supplies it (the CLI compiles the
 * generated validators in memory); without it no counterexample is proven.
 */
public interface DocumentValidators {
    /** None: every counterexample stays unproven. */
    DocumentValidators NONE = (oldSide, file, document) -> {
        throw new UnsupportedOperationException();
    };

    /**
     * Whether {@code document} is valid under schema {@code file} of the old side (when {@code oldSide})
     * or the new side.
     */
    boolean valid(boolean oldSide, String file, JsonNode document);
}
