package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.ObjectChecks;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one generated validator class may hold, and the split of a file's units into classes that
 * respect it. A class file has at most 65,535 constant-pool entries and a static initializer (where
 * the {@link ConstantPool} fields are created) of at most 64 KB of bytecode; a unit's cost in both is
 * estimated from above, from what its checks carry, so a part that fits the budget fits the class
 * file. Parts follow unit order (location order in the file): the same corpus always splits alike.
 *
 * @param poolEntries the constant-pool entries one class may use
 * @param initializerBytes the static-initializer bytecode one class may use
 */
public record PartBudget(int poolEntries, int initializerBytes) {
    /** Room left under both class-file limits for what the estimate does not count (entry points, runtime refs). */
    public static final PartBudget DEFAULT = new PartBudget(56_000, 56_000);

    /** The file's units (in location order) in consecutive parts, each within the budget or a single unit. */
    List<List<SchemaUnit>> split(List<SchemaUnit> units) {
        List<List<SchemaUnit>> parts = new ArrayList<>();
        List<SchemaUnit> part = new ArrayList<>();
        long pool = 0;
        long initializer = 0;
        for (SchemaUnit unit : units) {
            long unitPool = UNIT_ENTRIES;
            long unitInitializer = 0;
            for (Check check : unit.checks()) {
                Cost cost = cost(check);
                unitPool += cost.entries();
                unitInitializer += cost.bytes();
            }
            if (!part.isEmpty()
                    && (pool + unitPool > poolEntries || initializer + unitInitializer > initializerBytes)) {
                parts.add(List.copyOf(part));
                part.clear();
                pool = 0;
                initializer = 0;
            }
            part.add(unit);
            pool += unitPool;
            initializer += unitInitializer;
        }
        if (!part.isEmpty()) {
            parts.add(List.copyOf(part));
        }
        return List.copyOf(parts);
    }

    /**
     * What one schema's constants may take of the static initializer of the class it gets alone: at
     * most 65,535 bytes of bytecode, less room for what {@link #initializerBytes(Check)} leaves out.
     */
    public static final long MAX_UNIT_INITIALIZER = 64_000;

    /**
     * A {@code LIMIT_EXCEEDED} error, at its costliest keyword, for each schema whose constants one
     * class's static initializer cannot create (a {@code required} of 9,000 names): checked before
     * anything is emitted, for sources and class files alike.
     */
    public static void refuseOversized(ValidatorModel model, Diagnostics diagnostics) {
        for (SchemaUnit unit : model.units()) {
            long bytes = unit.checks().stream()
                    .mapToLong(PartBudget::initializerBytes)
                    .sum();
            if (bytes <= MAX_UNIT_INITIALIZER) {
                continue;
            }
            Check costliest = unit.checks().stream()
                    .max(Comparator.comparingLong(PartBudget::initializerBytes))
                    .orElseThrow();
            long items = values(costliest).stream()
                    .filter(Collection.class::isInstance)
                    .mapToLong(c -> ((Collection<?>) c).size())
                    .sum();
            diagnostics.error(
                    DiagnosticCode.LIMIT_EXCEEDED,
                    costliest.at(),
                    items + " list items in this keyword's constants; with the rest of the schema's they need up to "
                            + bytes + " bytes of a validator class's static initializer, which holds at most 65535",
                    "Split the list across allOf parts (each a schema of its own, e.g. two \"required\" halves).");
        }
    }

    /**
     * The static-initializer bytes a check's constants take at most, javac's and the class-file
     * writer's alike (a list is a varargs array: per item {@code dup}, the index, the item, {@code
     * aastore}): a text or number field 16; a list 16, and per item 8 for a text (an {@code ldc_w}), 10
     * for a subschema (an {@code invokedynamic} rule), 17 for a pattern (its own compiled field too).
     * Tighter than {@link #cost}, whose 16 an item only steers the split, so a refusal is never early.
     */
    private static long initializerBytes(Check check) {
        long bytes = 0;
        for (RecordComponent component : check.getClass().getRecordComponents()) {
            Object value = value(check, component);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value instanceof String || value instanceof BigDecimal) {
                bytes += 16;
            } else if (value instanceof Collection<?> items) {
                boolean patterns = check instanceof ObjectChecks.AdditionalProperties
                        && component.getName().equals("patterns");
                long item = patterns ? 17 : items.stream().anyMatch(SourceLocation.class::isInstance) ? 10 : 8;
                bytes += 16 + item * items.size();
            }
        }
        return bytes;
    }

    /** A unit's method (and its resource wrapper): names, descriptors, the references other methods make to it. */
    private static final int UNIT_ENTRIES = 12;

    private record Cost(long entries, long bytes) {}

    /**
     * A check's upper bound: the call itself, then per value it carries — a location, a string or a
     * number may become a literal and a pool field (a field's name, its reference and its
     * initializer), a target a method reference, a list each of its elements.
     */
    private static Cost cost(Check check) {
        long entries = 4;
        long bytes = 0;
        for (Object value : values(check)) {
            if (value instanceof String || value instanceof BigDecimal) {
                entries += 8;
                bytes += 16;
            } else if (value instanceof Collection<?> items) {
                entries += 8 + 8L * items.size();
                bytes += 16 + 16L * items.size();
            } else if (value instanceof Map<?, ?> items) {
                entries += 8L * items.size();
            } else {
                entries += 8; // a location (its text) or a target (a method reference)
            }
        }
        return new Cost(entries, bytes);
    }

    private static List<Object> values(Check check) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : check.getClass().getRecordComponents()) {
            Object value = value(check, component);
            if (value instanceof Optional<?> optional) {
                optional.ifPresent(values::add);
            } else {
                values.add(value);
            }
        }
        return values;
    }

    /** One component of a check (every check is a record). */
    private static Object value(Check check, RecordComponent component) {
        try {
            return component.getAccessor().invoke(check);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
