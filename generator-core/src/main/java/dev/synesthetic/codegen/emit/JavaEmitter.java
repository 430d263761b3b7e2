package dev.synesthetic.codegen.emit;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.model.SchemaModel;
import dev.synesthetic.codegen.model.TypeDecl;
import dev.synesthetic.codegen.naming.JavaNames;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The emit stage: model + names → Java source files, in memory and sorted by path. The only class
 * family that knows the code-emission library.
 */
public final class JavaEmitter {

    /** {@code builders}: records get builders and withers, unions a factory per variant ({@link BuilderEmitter}). */
    public List<GeneratedFile> emit(
            SchemaModel model, JavaNames names, String packageName, JacksonBaseline jackson, boolean builders) {
        return emit(model, names, packageName, jackson, builders, false);
    }

    /** {@code beanValidation}: record components carry {@code jakarta.validation} annotations ({@link BeanConstraints}). */
    public List<GeneratedFile> emit(
            SchemaModel model,
            JavaNames names,
            String packageName,
            JacksonBaseline jackson,
            boolean builders,
            boolean beanValidation) {
        JavaTypes types = new JavaTypes(model, names, packageName);
        Conversions conversions = new Conversions(model, types, packageName);
        DocWriter docs = new DocWriter();
        RecordEmitter records = new RecordEmitter(types, names, conversions, docs, jackson);
        if (beanValidation) {
            records.withBeanConstraints(new BeanConstraints(model));
        }
        EnumEmitter enums = new EnumEmitter(types, names, docs);
        UnionEmitter unions = new UnionEmitter(model, types, names, conversions, docs);
        ValueEmitter values = new ValueEmitter(types, conversions, docs);
        ViewEmitter views = new ViewEmitter(types, names, packageName);
        TupleEmitter tuples = new TupleEmitter(types, conversions, docs);
        Optional<BuilderEmitter> builder =
                builders ? Optional.of(new BuilderEmitter(model, types, names)) : Optional.empty();
        GroupedRecordEmitter grouped = new GroupedRecordEmitter(records, builder, types, names, conversions, docs);

        List<SourceRenderer.Job> jobs = new ArrayList<>();
        boolean needsHelper = false;
        boolean hasTuples = false;
        for (TypeDecl decl : model.declarations()) {
            TypeSpec spec;
            if (decl instanceof TypeDecl.ObjectDecl object) {
                // a grouped record (over 254 properties) writes its accessors, those of its views overriding
                if (GroupedRecordEmitter.needsGroups(object)) {
                    spec = grouped.emit(
                            object, views.implemented(object), ViewEmitter.viewMembers(object, model, names));
                } else {
                    TypeSpec.Builder record = records.emit(object, views.implemented(object));
                    builder.ifPresent(b -> b.addTo(record, object, types.declared(object), false));
                    spec = record.build();
                }
                if (names.hasView(object.location())) {
                    jobs.add(SourceRenderer.job(
                            packageName,
                            views.emit(object),
                            Optional.of(decl.location().file())));
                }
                needsHelper = true;
            } else if (decl instanceof TypeDecl.EnumDecl enumeration) {
                spec = enums.emit(enumeration);
            } else if (decl instanceof TypeDecl.ValueDecl value) {
                spec = values.emit(value);
                needsHelper = true;
            } else if (decl instanceof TypeDecl.TupleDecl tuple) {
                spec = tuples.emit(tuple);
                needsHelper = true;
                hasTuples = true;
            } else {
                TypeDecl.UnionDecl union = (TypeDecl.UnionDecl) decl;
                TypeSpec plain = unions.emit(union);
                spec = builder.map(b -> b.addFactories(plain, union, types.declared(union)))
                        .orElse(plain);
                needsHelper = true;
            }
            jobs.add(SourceRenderer.job(
                    packageName, spec, Optional.of(decl.location().file())));
        }
        model.schemaVersion()
                .ifPresent(
                        version -> jobs.add(SourceRenderer.job(packageName, schemaVersion(version), Optional.empty())));
        List<GeneratedFile> files = SourceRenderer.render(jobs);
        if (needsHelper) {
            addHelper(files, packageName);
        }
        if (hasTuples) {
            files.add(new GeneratedFile(
                    path(packageName, RuntimeClasses.JSON_TUPLES),
                    RuntimeSources.source(RuntimeClasses.JSON_TUPLES, packageName)));
        }
        Collections.sort(files);
        return List.copyOf(files);
    }

    /**
     * Adds the records' runtime ({@link RuntimeClasses#RECORD_HELPERS}) unless {@code files} has it:
     * readers need it even beside enums alone.
     */
    public static void addHelper(List<GeneratedFile> files, String packageName) {
        for (String helper : RuntimeClasses.RECORD_HELPERS) {
            String path = path(packageName, helper);
            if (files.stream().noneMatch(f -> f.relativePath().equals(path))) {
                files.add(new GeneratedFile(path, RuntimeSources.source(helper, packageName)));
            }
        }
    }

    private static String path(String packageName, String simpleName) {
        return SourceRenderer.path(packageName, simpleName);
    }

    private static TypeSpec schemaVersion(String version) {
        return TypeSpec.classBuilder(RuntimeClasses.SCHEMA_VERSION)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Jackson.generated())
                .addJavadoc(
                        "The version of the schema corpus these types were generated from, as {@code version.json}\n"
                                + "declares it.\n")
                .addField(FieldSpec.builder(String.class, "VALUE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("{@code schemaVersion} from {@code version.json}.\n")
                        .initializer("$S", version)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .build();
    }
}
