package dev.synesthetic.codegen.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Validation keywords on a type use. Records do not enforce them (generated validators will); they
 * are kept so nothing the schema says is lost and so they can be documented ({@code emit/ConstraintText}).
 */
public record Constraints(
        Optional<Long> minLength,
        Optional<Long> maxLength,
        Optional<String> pattern,
        Optional<String> format,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        Optional<BigDecimal> exclusiveMinimum,
        Optional<BigDecimal> exclusiveMaximum,
        Optional<BigDecimal> multipleOf,
        Optional<Long> minItems,
        Optional<Long> maxItems,
        boolean uniqueItems,
        Optional<Long> minProperties,
        Optional<Long> maxProperties) {

    public static final Constraints NONE = new Constraints(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty());
}
