package dev.synesthetic.codegen.emit.bytecode;

import dev.synesthetic.codegen.checks.SchemaUnit;
import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.emit.validator.PartBudget;
import dev.synesthetic.codegen.emit.validator.ValidatorNames;
import dev.synesthetic.codegen.naming.CompanionNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validator model → class files, without Java source or javac: the same classes, methods and
 * constants as the {@code ValidatorEmitter}'s source (same names, same split into parts), each
 * check the same runtime call from the one keyword table. For {@code validate} and {@code compat},
 * whose validators go into the runtime's own package (its classes come from the generator's runtime
 * jar, so only the validators are emitted).
 */
public final class BytecodeEmitter {
    private final PartBudget budget;

    public BytecodeEmitter() {
        this(PartBudget.DEFAULT);
    }

    /** With another class budget: tests split small corpora with a tiny one. */
    public BytecodeEmitter(PartBudget budget) {
        this.budget = budget;
    }

    /** The class files by binary name. */
    public Map<String, byte[]> emit(ValidatorModel model, CompanionNames companions, String packageName) {
        ValidatorNames names = new ValidatorNames(model, companions, packageName, budget);
        ClassFileWriter writer = new ClassFileWriter(names, JvmNames.in(packageName), model.dynamicScope());
        Map<String, byte[]> classes = new TreeMap<>();
        for (String file : names.files()) {
            List<List<SchemaUnit>> parts = names.parts(file);
            String main = names.className(file).reflectionName();
            classes.put(
                    main, writer.write(main, parts.get(0), parts.get(0).get(0).location()));
            for (int part = 1; part < parts.size(); part++) {
                String nested = main + '$' + ValidatorNames.partName(part);
                classes.put(nested, writer.write(nested, parts.get(part), null));
            }
        }
        return classes;
    }
}
