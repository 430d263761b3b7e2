package dev.synesthetic.codegen.emit;

import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.model.Literal;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.model.TypeRef;
import dev.synesthetic.codegen.source.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What Java and javac cannot hold, checked before anything is emitted, so a corpus beyond them
 * gets a {@code LIMIT_EXCEEDED} error naming the schema and the limit instead of sources that do
 * not compile. The class-file limits are exact; the validator budgets are conservative and proven
 * by tests that compile output at them (README, "Limits").
 */
public final class JavaLimits {
    /** A constructor has at most 255 parameter slots, one of them {@code this}. */
    public static final int MAX_RECORD_COMPONENTS = 254;
    /**
     * Properties of one object: past {@link #MAX_RECORD_COMPONENTS} they are held in nested group
     * records (GroupedRecordEmitter), and the record's names and accessors must still fit one class.
     */
    public static final int MAX_RECORD_PROPERTIES = 2_000;
    /** An enum's constants are created in one static initializer (64 KB of bytecode). */
    public static final int MAX_ENUM_CONSTANTS = 3_000;
    /** A string constant is at most 65,535 bytes of modified UTF-8 in a class file. */
    public static final int MAX_CONSTANT_BYTES = 65_535;
    /** javac's own stack gives out on generic types nested much deeper ({@code List<List<…>>}). */
    public static final int MAX_TYPE_NESTING = 100;
    /** Checks in one schema: one method of at most 64 KB of bytecode. */
    public static final int MAX_CHECKS_PER_SCHEMA = 1_000;

    private JavaLimits() {}

    /** Records, enums, unions and root value types: components, constants, constant lengths and type nesting. */
    public static void checkRecords(SchemaModel model, Diagnostics diagnostics) {
        for (TypeDecl decl : model.declarations()) {
            if (decl instanceof TypeDecl.ObjectDecl object) {
                if (object.properties().size() > MAX_RECORD_PROPERTIES) {
                    diagnostics.error(
                            DiagnosticCode.LIMIT_EXCEEDED,
                            object.location(),
                            object.properties().size() + " properties; a generated record holds at most "
                                    + MAX_RECORD_PROPERTIES + " (in nested groups past " + MAX_RECORD_COMPONENTS
                                    + ", the components of one Java record)",
                            "Group the properties into nested objects, or generate validators alone (Generator.generateValidators).");
                }
                for (TypeDecl.Property property : object.properties()) {
                    constant(
                            "'" + property.wireName() + "' is required",
                            property.location(),
                            "property name (in the message naming it)",
                            diagnostics);
                    int nesting = nesting(property.type());
                    if (nesting > MAX_TYPE_NESTING) {
                        diagnostics.error(
                                DiagnosticCode.LIMIT_EXCEEDED,
                                property.location(),
                                "arrays and maps nest " + nesting
                                        + " deep in this property's type; javac compiles at most " + MAX_TYPE_NESTING
                                        + " (List<List<…>>)",
                                "Give an inner level a name: an object with properties becomes a record and ends the nesting.");
                    }
                }
            } else if (decl instanceof TypeDecl.ValueDecl value && nesting(value.value()) > MAX_TYPE_NESTING) {
                diagnostics.error(
                        DiagnosticCode.LIMIT_EXCEEDED,
                        value.location(),
                        "arrays and maps nest " + nesting(value.value())
                                + " deep in this root's type; javac compiles at most " + MAX_TYPE_NESTING
                                + " (List<List<…>>)",
                        "Give an inner level a name: an object with properties becomes a record and ends the nesting.");
            } else if (decl instanceof TypeDecl.TupleDecl tuple
                    && tuple.positions().size() + (tuple.rest().isPresent() ? 1 : 0) > MAX_RECORD_COMPONENTS) {
                diagnostics.error(
                        DiagnosticCode.LIMIT_EXCEEDED,
                        tuple.location(),
                        tuple.positions().size() + " tuple positions; a Java record has at most "
                                + MAX_RECORD_COMPONENTS + " components",
                        "Use one schema for every item (\"items\": {...}).");
            } else if (decl instanceof TypeDecl.EnumDecl enumeration) {
                if (enumeration.values().size() > MAX_ENUM_CONSTANTS) {
                    diagnostics.error(
                            DiagnosticCode.LIMIT_EXCEEDED,
                            enumeration.location(),
                            enumeration.values().size() + " enum values; a generated Java enum holds at most "
                                    + MAX_ENUM_CONSTANTS,
                            "Use a string with a pattern, or split the values across schemas.");
                }
                enumeration.values().stream()
                        .filter(v -> v instanceof Literal.Text)
                        .forEach(v -> constant(
                                ((Literal.Text) v).value(), enumeration.location(), "enum value", diagnostics));
            }
        }
    }

    /**
     * Validators: checks per schema and every embedded string. A file of more schemas and checks than
     * one class holds is split across classes (emit/validator/PartBudget, which also refuses a schema
     * whose constants alone are more than a class holds), so it has no limit here.
     */
    public static void checkValidators(ValidatorModel model, Diagnostics diagnostics) {
        for (SchemaUnit unit : model.units()) {
            if (unit.checks().size() > MAX_CHECKS_PER_SCHEMA) {
                diagnostics.error(
                        DiagnosticCode.LIMIT_EXCEEDED,
                        unit.location(),
                        unit.checks().size()
                                + " keyword checks in one schema; a generated validator method holds at most "
                                + MAX_CHECKS_PER_SCHEMA,
                        "Split the schema with allOf into parts of fewer properties each.");
            }
            for (Check check : unit.checks()) {
                for (String text : strings(check)) {
                    constant(text, check.at(), "value", diagnostics);
                }
            }
        }
    }

    /** Every string a check carries (its location included): each becomes a Java literal. */
    private static List<String> strings(Check check) {
        List<String> strings = new ArrayList<>();
        strings.add(check.at().toString());
        for (Object value : components(check)) {
            if (value instanceof String text) {
                strings.add(text);
            } else if (value instanceof List<?> list) {
                list.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .forEach(strings::add);
            }
        }
        return strings;
    }

    private static List<Object> components(Check check) {
        List<Object> values = new ArrayList<>();
        if (check instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    values.add(component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
        return values;
    }

    private static void constant(String text, SourceLocation where, String what, Diagnostics diagnostics) {
        long bytes = modifiedUtf8Length(text);
        if (bytes > MAX_CONSTANT_BYTES) {
            diagnostics.error(
                    DiagnosticCode.LIMIT_EXCEEDED,
                    where,
                    what + " of " + bytes + " bytes; a Java string constant holds at most " + MAX_CONSTANT_BYTES
                            + " (UTF-8 as class files store it)",
                    "Shorten it; long text belongs in a description, which is only documentation.");
        }
    }

    /** The length of {@code text} as a class file stores it: NUL takes 2 bytes, a surrogate 3. */
    static long modifiedUtf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    private static int nesting(TypeRef type) {
        int depth = 0;
        for (TypeRef at = type.nonNull(); ; depth++) {
            if (at instanceof TypeRef.ListOf list) {
                at = list.element().nonNull();
            } else if (at instanceof TypeRef.MapOf map) {
                at = map.value().nonNull();
            } else {
                return depth;
            }
        }
    }
}
