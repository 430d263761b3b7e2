package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.source.SourceLocation;
import java.math.BigDecimal;
import java.util.List;

/**
 * One argument of a runtime call a check makes, neutral of how it is written: the JavaPoet side
 * renders it as Java text, the bytecode side as instructions ({@link Condition}).
 */
public sealed interface Arg {
    /** The value ({@code v}), the context ({@code c}) or the evaluated-collector ({@code e}) of the unit's method. */
    enum Param implements Arg {
        VALUE("v"),
        CONTEXT("c"),
        EVALUATED("e");

        private final String javaName;

        Param(String javaName) {
            this.javaName = javaName;
        }

        public String javaName() {
            return javaName;
        }
    }

    record IntValue(int value) implements Arg {}

    record LongValue(long value) implements Arg {}

    record Text(String value) implements Arg {}

    /** {@code null}: an absent {@code then}/{@code else}. */
    record Null() implements Arg {}

    /** A method reference to the unit at {@code target}: a {@code ValidationContext.Rule}. */
    record RuleRef(SourceLocation target) implements Arg {}

    /**
     * A static constant of the class, created once and shared by every check asking for the same
     * kind and value. This record's equality is the one test of sameness for both pools (the
     * source's {@code ConstantPool}, the class files' {@code BytecodePool}): lists compare by
     * element, never by how they print ({@code ["a, b"]} is not {@code ["a", "b"]}), decimals
     * with their scale ({@code 1.0} is not {@code 1.00}, as written).
     *
     * @param value a {@link String} (JSON text or a regex), a {@link BigDecimal}, a list of strings
     *     (names, regexes) or of {@link SourceLocation}s (rules), by {@code kind}
     */
    record Constant(Kind kind, Object value) implements Arg {
        /** What the constant holds, and so how it is created; its field is named {@code PREFIX_n} in both pools. */
        public enum Kind {
            /** {@code JsonConstants.parse(json)}. */
            JSON("VALUE"),
            /** {@code (List<?>) JsonConstants.parse(json)}. */
            JSON_LIST("VALUES"),
            /** {@code new BigDecimal(text)}. */
            DECIMAL("NUMBER"),
            /** {@code Pattern.compile(regex)}. */
            PATTERN("PATTERN"),
            /** {@code List.of(names...)}. */
            NAMES("NAMES"),
            /** {@code JsonConstants.nameSet(names...)}. */
            NAME_SET("NAME_SET"),
            /** {@code List.of(PATTERN_i...)}, each pattern a constant of its own. */
            PATTERNS("PATTERNS"),
            /** {@code List.of(X::vN...)}. */
            RULES("RULES");

            private final String fieldPrefix;

            Kind(String fieldPrefix) {
                this.fieldPrefix = fieldPrefix;
            }

            /** The field {@code n}, the {@code n}-th of its class's pool, holding a constant of this kind. */
            public String fieldName(int n) {
                return fieldPrefix + "_" + n;
            }
        }

        public String text() {
            return (String) value;
        }

        public BigDecimal decimal() {
            return (BigDecimal) value;
        }

        @SuppressWarnings("unchecked")
        public List<String> texts() {
            return (List<String>) value;
        }

        @SuppressWarnings("unchecked")
        public List<SourceLocation> targets() {
            return (List<SourceLocation>) value;
        }
    }
}
