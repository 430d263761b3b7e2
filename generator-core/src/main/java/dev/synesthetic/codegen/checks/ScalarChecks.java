package dev.synesthetic.codegen.checks;

import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;

/** Keywords on numbers and strings. Numbers stay exact {@link BigDecimal}s ({@code 1e400} included). */
public final class ScalarChecks {
    private ScalarChecks() {}

    /** {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}. */
    public record Bound(SourceLocation at, BigDecimal limit) implements Check {}

    public record MultipleOf(SourceLocation at, BigDecimal divisor) implements Check {}

    /** {@code minLength} or {@code maxLength}, in code points. */
    public record Length(SourceLocation at, long limit) implements Check {}

    /** {@code pattern}: already checked to compile as a {@code java.util.regex.Pattern}. */
    public record Pattern(SourceLocation at, String regex) implements Check {}

    /** {@code format}, read only with format assertion on and only for the formats it asserts. */
    public record Format(SourceLocation at, String format) implements Check {}
}
