package dev.synesthetic.codegen.model;

import java.util.Optional;

/** A schema's {@code title} and {@code description}, verbatim. */
public record Doc(Optional<String> title, Optional<String> description) {
    public static final Doc NONE = new Doc(Optional.empty(), Optional.empty());
}
