package dev.synesthetic.codegen.cli;

import org.jspecify.annotations.Nullable;

/**
 * One reason a document fails: a generated validator's {@code Violation} (read by its accessors,
 * since the class lives in the in-memory compiled package), or a {@code --round-trip} difference
 * (no keyword), or the validator's own failure (no keyword).
 *
 * @param schemaLocation schema file and JSON Pointer of the keyword, e.g. {@code tone.schema.json#/required}
 * @param keywordLocation the path the evaluation took to the keyword, e.g. {@code /properties/a/$ref/required}
 *     ({@code ""} without a keyword)
 */
record Problem(
        String instanceLocation,
        @Nullable String keyword,
        String schemaLocation,
        String message,
        String keywordLocation) {
    static Problem ofViolation(Object violation) throws ReflectiveOperationException {
        Class<?> type = violation.getClass();
        return new Problem(
                (String) type.getMethod("instanceLocation").invoke(violation),
                (String) type.getMethod("keyword").invoke(violation),
                (String) type.getMethod("schemaLocation").invoke(violation),
                (String) type.getMethod("message").invoke(violation),
                (String) type.getMethod("keywordLocation").invoke(violation));
    }

    static Problem roundTrip(String message) {
        return new Problem("", null, "", "--round-trip: " + message, "");
    }

    /** The validator threw (a bug): the document has no verdict, which fails it without a keyword. */
    static Problem validatorFailure(String cause) {
        return new Problem("", null, "", VALIDATOR_FAILED + cause, "");
    }

    private static final String VALIDATOR_FAILED = "internal: the validator failed: ";

    /** Whether this is {@link #validatorFailure}: no verdict, so no proof of anything ({@code compat}). */
    boolean validatorFailed() {
        return keyword == null && message.startsWith(VALIDATOR_FAILED);
    }

    /** As the validators' Violation prints it: {@code /a/0: message [keyword at file#/pointer]}. */
    @Override
    public String toString() {
        return (instanceLocation.isEmpty() ? "(root)" : instanceLocation) + ": " + message
                + (keyword == null ? "" : " [" + keyword + " at " + schemaLocation + "]");
    }
}
