package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.ClassName;
import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.naming.CompanionNames;
import dev.synesthetic.codegen.source.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Java names for the validators: one class per schema file, named by {@link CompanionNames}, one
 * method per unit, numbered in location order within its file.
 */
final class ValidatorNames {
    private final String packageName;
    private final Map<String, String> classes = new TreeMap<>();
    private final Map<SourceLocation, String> methods = new HashMap<>();
    private final Map<SourceLocation, SchemaUnit> units = new HashMap<>();

    ValidatorNames(ValidatorModel model, CompanionNames companions, String packageName) {
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
    }

    /** The unit at {@code location}: what a check applying it may know about it when emitted. */
    SchemaUnit unit(SourceLocation location) {
        return units.get(location);
    }

    ClassName className(String file) {
        return ClassName.get(packageName, classes.get(file));
    }

    String method(SourceLocation unit) {
        return methods.get(unit);
    }

    List<String> files() {
        return List.copyOf(classes.keySet());
    }
}
