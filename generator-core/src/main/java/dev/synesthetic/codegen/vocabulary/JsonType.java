package dev.synesthetic.codegen.vocabulary;

import dev.synesthetic.codegen.checks.ValueChecks;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The values of the {@code type} keyword, with the bit the generated runtime numbers each by. */
public enum JsonType {
    ARRAY(ValueChecks.ARRAY),
    BOOLEAN(ValueChecks.BOOLEAN),
    INTEGER(ValueChecks.INTEGER),
    NULL(ValueChecks.NULL),
    NUMBER(ValueChecks.NUMBER),
    OBJECT(ValueChecks.OBJECT),
    STRING(ValueChecks.STRING);

    private final int bit;

    JsonType(int bit) {
        this.bit = bit;
    }

    int bit() {
        return bit;
    }

    /** How schemas spell it: {@code "string"}, {@code "null"}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JsonType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName().equals(name)).findFirst();
    }

    /** The one error for a type name no draft defines. */
    public static void unknown(String name, SourceLocation at, Diagnostics diagnostics) {
        diagnostics.error(
                DiagnosticCode.INVALID_SCHEMA,
                at,
                "unknown type '" + name + "'",
                "Use one of string, integer, number, boolean, array, object, null.");
    }
}
