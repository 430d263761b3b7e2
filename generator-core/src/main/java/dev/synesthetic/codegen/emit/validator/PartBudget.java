package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.checks.Applicators;
import dev.synesthetic.codegen.checks.Check;
import dev.synesthetic.codegen.checks.ObjectChecks;
import dev.synesthetic.codegen.checks.ScalarChecks;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.checks.ValueChecks;
import dev.synesthetic.codegen.diagnostic.DiagnosticCode;
import dev.synesthetic.codegen.diagnostic.Diagnostics;
import dev.synesthetic.codegen.source.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * most 65,535 bytes of bytecode, less room for what {@link #initializerBytes(Check, Set)} leaves out.
     */
    public static final long MAX_UNIT_INITIALIZER = 64_000;

    /**
     * A {@code LIMIT_EXCEEDED} error, at its costliest keyword, for each schema whose constants one
     * class's static initializer cannot create (a {@code required} of 9,000 names): checked before
     * anything is emitted, for sources and class files alike.
     */
    public static void refuseOversized(ValidatorModel model, Diagnostics diagnostics) {
        for (SchemaUnit unit : model.units()) {
            Set<Object> created = new HashSet<>(); // both pools create an equal constant once
            long bytes = 0;
            Check costliest = null;
            long most = -1;
            for (Check check : unit.checks()) {
                long cost = initializerBytes(check, created);
                bytes += cost;
                if (cost > most) {
                    most = cost;
                    costliest = check;
                }
            }
            if (bytes <= MAX_UNIT_INITIALIZER || costliest == null) {
                continue;
            }
            long items = values(costliest).stream()
                    .filter(Collection.class::isInstance)
                    .mapToLong(c -> ((Collection<?>) c).size())
                    .sum();
            diagnostics.error(
                    DiagnosticCode.LIMIT_EXCEEDED,
                    costliest.at(),
                    items + " list items in this keyword's constants; with the rest of the schema's they need up to "
                            + bytes + " bytes of a validator class's static initializer, which has room for "
                            + MAX_UNIT_INITIALIZER + " (of its 65535)",
                    splitHint(costliest));
        }
    }

    /** What keeps the meaning: only some keywords' lists can be cut in two. */
    private static String splitHint(Check check) {
        if (check instanceof ObjectChecks.Required || check instanceof ObjectChecks.DependentRequired) {
            return "Split the list across allOf parts (each a schema of its own, e.g. two \"required\" halves).";
        }
        if (check instanceof Applicators.AnyOf) {
            return "Nest the branches: an anyOf of two anyOf halves accepts what the one anyOf does.";
        }
        return "No split keeps this keyword's meaning; shorten the list, or validate this part of the document"
                + " another way.";
    }

    /**
     * The static-initializer bytes a check's constants take at most, javac's and the class-file
     * writer's alike: a number, a pattern or embedded JSON 16; a list (a varargs array: per item {@code
     * dup}, the index, the item, {@code aastore}) 16, and per item 8 for a text (an {@code ldc_w}), 10 for
     * a subschema (an {@code invokedynamic} rule), 17 for a pattern (its own compiled field too). Texts
     * written into the calls (names, locations) cost nothing there, and a constant equal to one already
     * in {@code created} is shared. Tighter than {@link #cost}, whose figures only steer the split, so a
     * refusal is never early.
     */
    private static long initializerBytes(Check check, Set<Object> created) {
        long bytes = 0;
        for (RecordComponent component : check.getClass().getRecordComponents()) {
            Object value = value(check, component);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            boolean pooledText = value instanceof String
                    && (check instanceof ScalarChecks.Pattern
                            || check instanceof ObjectChecks.PatternProperty
                            || check instanceof ValueChecks.Const
                            || check instanceof ValueChecks.Enum);
            if ((pooledText || value instanceof BigDecimal) && created.add(List.of(check.getClass(), value))) {
                bytes += 16;
            } else if (value instanceof Collection<?> items && created.add(List.of(component.getName(), value))) {
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
