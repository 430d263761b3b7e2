package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.naming.CompanionNames;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Java names for the validators: one class per schema file, named by {@link CompanionNames}, one
 * method per unit, numbered in location order within its file. A file whose units exceed one class's
 * {@link PartBudget} keeps its first part in that class and the others in nested classes
 * {@code Part1}, {@code Part2}, … (nested, so their names cannot clash with the package's classes).
 */
public final class ValidatorNames {
    private final String packageName;
    private final Map<String, String> classes = new TreeMap<>();
    private final Map<SourceLocation, String> methods = new HashMap<>();
    private final Map<SourceLocation, SchemaUnit> units = new HashMap<>();
    private final Map<String, List<List<SchemaUnit>>> parts = new HashMap<>();
    private final Map<SourceLocation, Integer> partOf = new HashMap<>();

    public ValidatorNames(ValidatorModel model, CompanionNames companions, String packageName, PartBudget budget) {
        this.packageName = packageName;
        for (SourceLocation root : model.roots()) {
            classes.put(root.file(), companions.validator(root.file()));
        }
        Map<String, Integer> counters = new HashMap<>();
        for (SchemaUnit unit : model.units()) { // sorted by location: numbering follows the file
            int n = counters.merge(unit.location().file(), 1, Integer::sum) - 1;
            methods.put(unit.location(), "v" + n);
            units.put(unit.location(), unit);
        }
        Map<String, List<SchemaUnit>> byFile = new TreeMap<>();
        model.units()
                .forEach(unit -> byFile.computeIfAbsent(unit.location().file(), f -> new ArrayList<>())
                        .add(unit));
        byFile.forEach((file, fileUnits) -> {
            List<List<SchemaUnit>> split = budget.split(fileUnits);
            parts.put(file, split);
            for (int part = 0; part < split.size(); part++) {
                for (SchemaUnit unit : split.get(part)) {
                    partOf.put(unit.location(), part);
                }
            }
        });
    }

    /** The unit at {@code location}: what a check applying it may know about it when emitted. */
    SchemaUnit unit(SourceLocation location) {
        return units.get(location);
    }

    /** The file's public validator class, which holds its first part. */
    public ClassName className(String file) {
        return ClassName.get(packageName, classes.get(file));
    }

    /** The class holding the unit at {@code location}'s method. */
    public ClassName classOf(SourceLocation location) {
        int part = partOf.get(location);
        ClassName main = className(location.file());
        return part == 0 ? main : main.nestedClass(partName(part));
    }

    /** The file's units split into classes: the first part the main class's, the others nested. */
    public List<List<SchemaUnit>> parts(String file) {
        return parts.getOrDefault(file, List.of());
    }

    public static String partName(int part) {
        return "Part" + part;
    }

    public String method(SourceLocation unit) {
        return methods.get(unit);
    }

    public List<String> files() {
        return List.copyOf(classes.keySet());
    }
}
