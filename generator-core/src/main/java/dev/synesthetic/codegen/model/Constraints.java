package dev.synesthetic.codegen.model;

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

  public static final Constraints NONE =
      new Constraints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());

  /** Each constraint as {@code keyword value}, in keyword order, for documentation. */
  public List<String> describe() {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    minLength.ifPresent(v -> out.add("minLength " + v));
    maxLength.ifPresent(v -> out.add("maxLength " + v));
    pattern.ifPresent(v -> out.add("pattern " + v));
    format.ifPresent(v -> out.add("format " + v));
    minimum.ifPresent(v -> out.add("minimum " + v.toPlainString()));
    maximum.ifPresent(v -> out.add("maximum " + v.toPlainString()));
    exclusiveMinimum.ifPresent(v -> out.add("exclusiveMinimum " + v.toPlainString()));
    exclusiveMaximum.ifPresent(v -> out.add("exclusiveMaximum " + v.toPlainString()));
    multipleOf.ifPresent(v -> out.add("multipleOf " + v.toPlainString()));
    minItems.ifPresent(v -> out.add("minItems " + v));
    maxItems.ifPresent(v -> out.add("maxItems " + v));
    if (uniqueItems) {
      out.add("uniqueItems");
    }
    minProperties.ifPresent(v -> out.add("minProperties " + v));
    maxProperties.ifPresent(v -> out.add("maxProperties " + v));
    return List.copyOf(out);
  }
}
