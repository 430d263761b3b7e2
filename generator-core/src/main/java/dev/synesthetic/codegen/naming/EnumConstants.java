package dev.synesthetic.codegen.naming;

import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.model.TypeDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The constant names of an enum, one rule for every JSON scalar: a string by its words in upper
 * case ({@code "off-line"} → {@code OFF_LINE}), a boolean {@code TRUE}/{@code FALSE}, a number
 * {@code V_} and its digits ({@code 1} → {@code V_1}, {@code 1.5} → {@code V_1_5}, {@code -2} →
 * {@code V_MINUS_2}, {@code 2.5e3} → {@code V_2_5E3}). A name already taken gets {@code 2},
 * {@code 3}…; values with letters or digits claim their natural names first.
 */
final class EnumConstants {
    private EnumConstants() {}

    static List<String> of(TypeDecl.EnumDecl enumeration) {
        // So a value spelt "EMPTY" is EMPTY even when "" (also EMPTY by default) comes earlier.
        Set<String> used = new HashSet<>();
        List<Literal> values = enumeration.values();
        String[] names = new String[values.size()];
        for (boolean natural : new boolean[] {true, false}) {
            for (int i = 0; i < names.length; i++) {
                Literal value = values.get(i);
                boolean hasWords = !(value instanceof Literal.Text text)
                        || !Identifiers.words(text.value()).isEmpty();
                if (hasWords == natural) {
                    names[i] = Namer.unique(name(value), used);
                }
            }
        }
        return List.of(names);
    }

    private static String name(Literal value) {
        if (value instanceof Literal.Bool bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (value instanceof Literal.Number number) {
            return "V_"
                    + number.value()
                            .toString()
                            .replace("E+", "E")
                            .replace("E-", "E_MINUS_")
                            .replace("-", "MINUS_")
                            .replace('.', '_');
        }
        return Identifiers.constant(((Literal.Text) value).value());
    }
}
