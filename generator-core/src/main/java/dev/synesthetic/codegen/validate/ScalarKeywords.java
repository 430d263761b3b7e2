package dev.synesthetic.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Readers for the number and string keywords. */
final class ScalarKeywords {
  /** The formats format assertion makes validators check (RFC 3339 section 5.6). */
  static final Set<String> ASSERTED_FORMATS = Set.of("date-time", "date", "time");

  private ScalarKeywords() {}

  static void bound(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isNumber()) {
      schema.invalid(at, at.pointer().last() + " must be a number");
      return;
    }
    out.add(new ScalarChecks.Bound(at, value.decimalValue()));
  }

  /**
   * Draft-04: {@code exclusiveMinimum}/{@code exclusiveMaximum} are booleans that make
   * {@code minimum}/{@code maximum} exclusive; the bound is then reported at the boolean keyword.
   */
  static void draft04Bound(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    String keyword = at.pointer().last();
    if (keyword.startsWith("exclusive")) {
      if (!value.isBoolean()) {
        schema.invalid(at, keyword + " must be a boolean in draft-04");
      }
      return;
    }
    if (!value.isNumber()) {
      schema.invalid(at, keyword + " must be a number");
      return;
    }
    String exclusive = keyword.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
    boolean strict = schema.json().path(exclusive).asBoolean(false) && schema.json().path(exclusive).isBoolean();
    out.add(new ScalarChecks.Bound(strict ? schema.at(exclusive) : at, value.decimalValue()));
  }

  static void multipleOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!value.isNumber() || value.decimalValue().signum() <= 0) {
      schema.invalid(at, "multipleOf must be a number greater than 0");
      return;
    }
    out.add(new ScalarChecks.MultipleOf(at, value.decimalValue()));
  }

  static void length(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    schema.count(value, at).ifPresent(limit -> out.add(new ScalarChecks.Length(at, limit)));
  }

  static void pattern(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    javaPattern(schema, value, at).ifPresent(regex -> out.add(new ScalarChecks.Pattern(at, regex)));
  }

  /**
   * {@code format} asserts only with format assertion on, and then only the formats in {@link
   * #ASSERTED_FORMATS}; otherwise (and for every other format) it is an annotation.
   */
  static void format(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
    if (!schema.builder().assertsFormats()) {
      return;
    }
    if (!value.isTextual()) {
      schema.invalid(at, "format must be a string");
    } else if (ASSERTED_FORMATS.contains(value.textValue())) {
      out.add(new ScalarChecks.Format(at, value.textValue()));
    }
  }

  /**
   * The ECMA-262 regular expression {@code value} in {@code java.util.regex} syntax ({@link
   * EcmaPatterns}); a pattern Java still rejects is a generation error naming where it is.
   */
  static Optional<String> javaPattern(SchemaReader schema, JsonNode value, SourceLocation at) {
    if (!value.isTextual()) {
      schema.invalid(at, "a pattern must be a string");
      return Optional.empty();
    }
    String regex = EcmaPatterns.toJava(value.textValue());
    try {
      java.util.regex.Pattern.compile(regex);
      return Optional.of(regex);
    } catch (PatternSyntaxException e) {
      schema.builder().diagnostics().error(DiagnosticCode.UNSUPPORTED_KEYWORD, at,
          "Java cannot compile the regular expression " + value.textValue() + ": " + e.getDescription(),
          "Rewrite the pattern in the common subset of ECMA-262 and java.util.regex.");
      return Optional.empty();
    }
  }
}
