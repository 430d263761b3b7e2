package dev.synesthetic.codegen.emit.validator;

import dev.synesthetic.codegen.checks.ValidatorModel;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.emit.SourceRenderer;
import dev.synesthetic.codegen.naming.CompanionNames;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Validator model → Java sources: one {@code XValidator} per schema file (split into nested part
 * classes past one class's {@link PartBudget}) plus the runtime the
 * validators share ({@link dev.synesthetic.codegen.naming.RuntimeClasses#VALIDATORS}: the context,
 * the keyword families, JSON semantics; and the format classes when a schema asserts a format), its sources
 * ({@link RuntimeSources}) emitted into the same package so the generated code needs nothing but
 * the JDK.
 */
public final class ValidatorEmitter {
    private final PartBudget budget;

    public ValidatorEmitter() {
        this(PartBudget.DEFAULT);
    }

    /** With another class budget: tests split small corpora with a tiny one. */
    ValidatorEmitter(PartBudget budget) {
        this.budget = budget;
    }

    /** @param companions the validator class of each file, decided by the naming stage */
    public List<GeneratedFile> emit(ValidatorModel model, CompanionNames companions, String packageName) {
        ValidatorNames names = new ValidatorNames(model, companions, packageName, budget);
        RuntimeTypes runtime = RuntimeTypes.in(packageName);
        ValidatorClassEmitter classes = new ValidatorClassEmitter(names, runtime, model.dynamicScope());

        List<SourceRenderer.Job> jobs = new ArrayList<>();
        for (String file : names.files()) {
            jobs.add(SourceRenderer.job(packageName, classes.emit(file, names.parts(file)), Optional.of(file)));
        }
        List<GeneratedFile> files = SourceRenderer.render(jobs);
        List<String> runtimeClasses = new ArrayList<>(RuntimeTypes.TEMPLATES);
        if (model.assertsFormats()) {
            runtimeClasses.addAll(RuntimeTypes.FORMATS_TEMPLATES);
        }
        for (String runtimeClass : runtimeClasses) {
            files.add(new GeneratedFile(
                    path(packageName, runtimeClass), RuntimeSources.source(runtimeClass, packageName)));
        }
        Collections.sort(files);
        return List.copyOf(files);
    }

    static String path(String packageName, String simpleName) {
        return SourceRenderer.path(packageName, simpleName);
    }
}
