package dev.synesthetic.codegen.model;

import dev.synesthetic.codegen.vocabulary.Keywords;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Validation keywords on a type use. Records do not enforce them (generated validators will); they
 * are kept so nothing the schema says is lost and so they can be documented.
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

    /** Each constraint as {@code keyword value}, in keyword order, for documentation. */
    public List<String> describe() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        minLength.ifPresent(v -> out.add(Keywords.MIN_LENGTH + " " + v));
        maxLength.ifPresent(v -> out.add(Keywords.MAX_LENGTH + " " + v));
        pattern.ifPresent(v -> out.add(Keywords.PATTERN + " " + v));
        format.ifPresent(v -> out.add(Keywords.FORMAT + " " + v));
        minimum.ifPresent(v -> out.add(Keywords.MINIMUM + " " + v.toPlainString()));
        maximum.ifPresent(v -> out.add(Keywords.MAXIMUM + " " + v.toPlainString()));
        exclusiveMinimum.ifPresent(v -> out.add(Keywords.EXCLUSIVE_MINIMUM + " " + v.toPlainString()));
        exclusiveMaximum.ifPresent(v -> out.add(Keywords.EXCLUSIVE_MAXIMUM + " " + v.toPlainString()));
        multipleOf.ifPresent(v -> out.add(Keywords.MULTIPLE_OF + " " + v.toPlainString()));
        minItems.ifPresent(v -> out.add(Keywords.MIN_ITEMS + " " + v));
        maxItems.ifPresent(v -> out.add(Keywords.MAX_ITEMS + " " + v));
        if (uniqueItems) {
            out.add(Keywords.UNIQUE_ITEMS.name());
        }
        minProperties.ifPresent(v -> out.add(Keywords.MIN_PROPERTIES + " " + v));
        maxProperties.ifPresent(v -> out.add(Keywords.MAX_PROPERTIES + " " + v));
        return List.copyOf(out);
    }
}
