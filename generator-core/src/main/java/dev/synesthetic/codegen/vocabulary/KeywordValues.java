package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The typed readers of keyword values, with one error policy for records and validators alike: a
 * value of the wrong shape is an {@code INVALID_SCHEMA} error at the keyword, and the value is
 * then absent. Both pipelines report the same diagnostic for the same mistake (reported once).
 */
public final class KeywordValues {
    private KeywordValues() {}

    /**
     * A non-negative integer ({@code 2.0} counts). A count beyond {@code long} is accepted as
     * {@link Long#MAX_VALUE}: no string, array or object reaches it, so the bound means the same.
     */
    public static OptionalLong count(JsonNode value, SourceLocation at, Diagnostics diagnostics) {
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0) {
                return OptionalLong.of(
                        number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                                ? Long.MAX_VALUE
                                : number.longValueExact());
            }
        }
        invalid(at, "a non-negative integer", diagnostics);
        return OptionalLong.empty();
    }

    public static Optional<BigDecimal> number(JsonNode value, SourceLocation at, Diagnostics diagnostics) {
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        invalid(at, "a number", diagnostics);
        return Optional.empty();
    }

    /** {@code multipleOf}: a number greater than 0. */
    public static Optional<BigDecimal> positiveNumber(JsonNode value, SourceLocation at, Diagnostics diagnostics) {
        if (value.isNumber() && value.decimalValue().signum() > 0) {
            return Optional.of(value.decimalValue());
        }
        invalid(at, "a number greater than 0", diagnostics);
        return Optional.empty();
    }

    public static Optional<String> string(JsonNode value, SourceLocation at, Diagnostics diagnostics) {
        if (value.isTextual()) {
            return Optional.of(value.textValue());
        }
        invalid(at, "a string", diagnostics);
        return Optional.empty();
    }

    public static Optional<Boolean> flag(JsonNode value, SourceLocation at, Diagnostics diagnostics) {
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        invalid(at, "a boolean", diagnostics);
        return Optional.empty();
    }

    /** An array of strings ({@code required}, a {@code dependentRequired} entry). */
    public static Optional<List<String>> names(JsonNode value, SourceLocation at, Diagnostics diagnostics) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : value) {
            if (!name.isTextual()) {
                break;
            }
            names.add(name.textValue());
        }
        if (!value.isArray() || names.size() != value.size()) {
            invalid(at, "an array of strings", diagnostics);
            return Optional.empty();
        }
        return Optional.of(names);
    }

    /** The one message for a keyword value of the wrong shape: {@code 'minLength' must be a non-negative integer}. */
    public static void invalid(SourceLocation at, String expected, Diagnostics diagnostics) {
        String keyword = at.pointer().last();
        diagnostics.error(
                DiagnosticCode.INVALID_SCHEMA,
                at,
                "'" + keyword + "' must be " + expected,
                "Fix the value of '" + keyword + "' as the JSON Schema specification defines it.");
    }
}
