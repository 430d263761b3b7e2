package dev.synesthetic.codegen.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.vocabulary.Draft;
import dev.synesthetic.codegen.model.Constraints;
import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads the validation keywords of one schema into {@link Constraints}, checking their shapes. */
final class ConstraintReader {
  private final Diagnostics diagnostics;

  ConstraintReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * In draft-04 {@code exclusiveMinimum}/{@code exclusiveMaximum} are booleans that make
   * {@code minimum}/{@code maximum} exclusive; they are read into the later numeric form.
   */
  Constraints read(JsonNode json, SourceLocation loc, Draft draft) {
    Optional<BigDecimal> minimum = number(json, loc, "minimum");
    Optional<BigDecimal> maximum = number(json, loc, "maximum");
    Optional<BigDecimal> exclusiveMinimum;
    Optional<BigDecimal> exclusiveMaximum;
    if (draft == Draft.DRAFT_04) {
      boolean minExclusive = flag(json, loc, "exclusiveMinimum");
      boolean maxExclusive = flag(json, loc, "exclusiveMaximum");
      exclusiveMinimum = minExclusive ? minimum : Optional.empty();
      exclusiveMaximum = maxExclusive ? maximum : Optional.empty();
      minimum = minExclusive ? Optional.empty() : minimum;
      maximum = maxExclusive ? Optional.empty() : maximum;
    } else {
      exclusiveMinimum = number(json, loc, "exclusiveMinimum");
      exclusiveMaximum = number(json, loc, "exclusiveMaximum");
    }
    return new Constraints(
        count(json, loc, "minLength"), count(json, loc, "maxLength"),
        text(json, loc, "pattern"), text(json, loc, "format"),
        minimum, maximum, exclusiveMinimum, exclusiveMaximum,
        number(json, loc, "multipleOf"),
        count(json, loc, "minItems"), count(json, loc, "maxItems"),
        flag(json, loc, "uniqueItems"),
        count(json, loc, "minProperties"), count(json, loc, "maxProperties"));
  }

  private Optional<Long> count(JsonNode json, SourceLocation loc, String keyword) {
    JsonNode value = json.get(keyword);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNumber() && value.decimalValue().signum() >= 0
        && value.decimalValue().stripTrailingZeros().scale() <= 0 && value.canConvertToLong()) {
      return Optional.of(value.longValue());
    }
    invalid(loc, keyword, "a non-negative integer");
    return Optional.empty();
  }

  private Optional<BigDecimal> number(JsonNode json, SourceLocation loc, String keyword) {
    JsonNode value = json.get(keyword);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    invalid(loc, keyword, "a number");
    return Optional.empty();
  }

  private Optional<String> text(JsonNode json, SourceLocation loc, String keyword) {
    JsonNode value = json.get(keyword);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(value.textValue());
    }
    invalid(loc, keyword, "a string");
    return Optional.empty();
  }

  private boolean flag(JsonNode json, SourceLocation loc, String keyword) {
    JsonNode value = json.get(keyword);
    if (value != null && !value.isBoolean()) {
      invalid(loc, keyword, "a boolean");
    }
    return value != null && value.asBoolean(false);
  }

  private void invalid(SourceLocation loc, String keyword, String expected) {
    diagnostics.error(DiagnosticCode.INVALID_SCHEMA, loc.child(keyword), "'" + keyword + "' must be " + expected,
        "Fix the value of '" + keyword + "' as the JSON Schema specification defines it.");
  }
}
