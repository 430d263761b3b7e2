package dev.synesthetic.codegen.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.ScalarChecks;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.runtime.JsonRegex;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** Validator readers for the number and string keywords. */
final class ScalarKeywords {
    private ScalarKeywords() {}

    /** {@code minimum}, {@code exclusiveMinimum}, ...: each reads its own bound of {@link Bounds}. */
    static void bound(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        Keyword keyword = Keywords.lookup(at.pointer().last(), schema.draft()).orElseThrow();
        Bounds.of(schema.json(), schema.location(), schema.draft(), schema.diagnostics())
                .of(keyword)
                .ifPresent(limit -> out.add(new ScalarChecks.Bound(limit.at(), limit.value())));
    }

    static void multipleOf(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        KeywordValues.positiveNumber(value, at, schema.diagnostics())
                .ifPresent(divisor -> out.add(new ScalarChecks.MultipleOf(at, divisor)));
    }

    static void length(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        KeywordValues.count(value, at, schema.diagnostics())
                .ifPresent(limit -> out.add(new ScalarChecks.Length(at, limit)));
    }

    static void pattern(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        KeywordValues.string(value, at, schema.diagnostics())
                .flatMap(ecma -> javaPattern(schema, ecma, at))
                .ifPresent(regex -> out.add(new ScalarChecks.Pattern(at, regex)));
    }

    /**
     * {@code format} asserts only with format assertion on, and then only the formats in {@link
     * Formats#ASSERTED}; otherwise (and for every other format) it is an annotation.
     */
    static void format(SchemaReader schema, JsonNode value, SourceLocation at, List<Check> out) {
        if (!schema.assertsFormats()) {
            return;
        }
        KeywordValues.string(value, at, schema.diagnostics())
                .filter(Formats.ASSERTED::contains)
                .ifPresent(format -> out.add(new ScalarChecks.Format(at, format)));
    }

    /**
     * The ECMA-262 regular expression {@code ecma} in {@code java.util.regex} syntax ({@link
     * JsonRegex}); a pattern that is not ECMA-262 (Java-only syntax included) or that Java still
     * rejects is a generation error naming where it is.
     */
    static Optional<String> javaPattern(SchemaReader schema, String ecma, SourceLocation at) {
        try {
            String regex = JsonRegex.toJava(ecma);
            java.util.regex.Pattern.compile(regex);
            return Optional.of(regex);
        } catch (PatternSyntaxException e) {
            schema.diagnostics()
                    .error(
                            DiagnosticCode.UNSUPPORTED_KEYWORD,
                            at,
                            "the regular expression " + ecma + " is not ECMA-262 (u flag) that Java can run: "
                                    + e.getDescription(),
                            "Write the pattern in ECMA-262 syntax; Java-only forms (a++, \\p{IsGreek}, (?i)) are refused.");
            return Optional.empty();
        }
    }
}
