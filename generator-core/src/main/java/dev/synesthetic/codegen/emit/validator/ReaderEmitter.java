package dev.synesthetic.codegen.emit.validator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.synesthetic.codegen.emit.FlatCode;
import dev.synesthetic.codegen.emit.JacksonBaseline;
import dev.synesthetic.codegen.emit.Javadocs;
import dev.synesthetic.codegen.emit.RootBindings.RootBinding;
import dev.synesthetic.codegen.emit.RuntimeMethod;
import dev.synesthetic.codegen.emit.RuntimeSources;
import dev.synesthetic.codegen.emit.SourceRenderer;
import dev.synesthetic.codegen.naming.CompanionNames;
import dev.synesthetic.codegen.naming.RuntimeClasses;
import dev.synesthetic.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The one-call API ({@code GeneratorConfig.Emit.RECORDS_VALIDATORS_AND_READERS}): for each schema file whose
 * root has a Java type (a record, a root's value record, a union, an enum), an {@code XReader} (named like its
 * {@code XValidator}) that parses bytes or a String, validates and binds (parsing with a Jackson 2 or,
 * with {@code jackson=3}, Jackson 3 {@code ObjectMapper}: {@link ReaderApi}; binding with the generated
 * {@code fromJsonValue}/{@code fromJson}), returning a {@code ReadResult}; plus the readers' runtime
 * sources ({@link RuntimeClasses#READERS} or {@link RuntimeClasses#READERS_JACKSON3}). The only
 * generated code that needs jackson-databind.
 */
public final class ReaderEmitter {
    private final ReaderApi api;

    /** Readers against the Jackson {@code jackson} names (Jackson 3 for {@code 3}, else Jackson 2). */
    public ReaderEmitter(JacksonBaseline jackson) {
        this.api = ReaderApi.of(jackson);
    }

    /**
     * @param companions each file's validator and reader class, decided by the naming stage
     * @param roots schema file → its root type and binder; files with a reader name get a reader
     * @param keepsSchemaKey schema files whose root declares {@code "$schema"}: their readers keep it
     */
    public List<GeneratedFile> emit(
            CompanionNames companions,
            Map<String, RootBinding> roots,
            java.util.Set<String> keepsSchemaKey,
            String packageName) {
        List<SourceRenderer.Job> jobs = new ArrayList<>();
        RuntimeTypes runtime = RuntimeTypes.in(packageName);
        companions.readers().forEach((schemaFile, simple) -> {
            TypeSpec reader = reader(
                    schemaFile,
                    roots.get(schemaFile),
                    ClassName.get(packageName, simple),
                    ClassName.get(packageName, companions.validator(schemaFile)),
                    keepsSchemaKey.contains(schemaFile),
                    packageName,
                    runtime);
            jobs.add(SourceRenderer.job(packageName, reader, java.util.Optional.of(schemaFile)));
        });
        List<GeneratedFile> files = SourceRenderer.render(jobs);
        for (String runtimeClass : api.templates()) {
            files.add(new GeneratedFile(
                    ValidatorEmitter.path(packageName, runtimeClass),
                    RuntimeSources.source(runtimeClass, packageName)));
        }
        Collections.sort(files);
        return List.copyOf(files);
    }

    private TypeSpec reader(
            String schemaFile,
            RootBinding root,
            ClassName name,
            ClassName validator,
            boolean keepsSchemaKey,
            String packageName,
            RuntimeTypes runtime) {
        ClassName record = root.type();
        TypeName result = ParameterizedTypeName.get(ClassName.get(packageName, RuntimeClasses.READ_RESULT), record);
        ClassName readingClass = ClassName.get(packageName, api.reading());
        TypeName reading = ParameterizedTypeName.get(readingClass, record);
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", "dev.synesthetic.codegen")
                        .build())
                .addJavadoc(
                        "Reads $L documents in one call: bytes or a String in, a {@link $T} or its violations out.\n"
                                + "Parses with the mapper into plain values (exact numbers; a repeated key or trailing text is refused\n"
                                + "whatever the mapper says; the root {@code \"$$schema\"} key $L), validates\n"
                                + "them with {@link $T} and binds only a valid document, with generated code rather than databind: the\n"
                                + "mapper only parses, so it needs no modules. Build one per mapper and share it: it is immutable and\n"
                                + "thread-safe.\n",
                        Javadocs.escape(schemaFile),
                        record,
                        keepsSchemaKey ? "is a member, as the root schema declares it" : "is set aside as metadata",
                        validator)
                .addField(FieldSpec.builder(reading, "reading", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param mapper parses the documents (its stream read constraints apply)\n")
                        .addParameter(api.mapper(), "mapper")
                        .addStatement(FlatCode.of(
                                "this.reading = $L",
                                api.create()
                                        .create(
                                                CodeBlock.of("$T<>", readingClass),
                                                "mapper, $T.class, $T::validate, $L, $L",
                                                record,
                                                validator,
                                                root.binder(),
                                                keepsSchemaKey)))
                        .build())
                .addMethod(
                        delegate(
                                api.read(),
                                TypeName.get(byte[].class),
                                result,
                                "Parses UTF-8 (or UTF-16/32) JSON, validates it and binds it: malformed JSON is a violation too."))
                .addMethod(delegate(
                        api.read(),
                        ClassName.get(String.class),
                        result,
                        "Parses JSON text, validates it and binds it: malformed JSON is a violation too."))
                .addMethod(delegate(
                        api.bind(),
                        ClassName.get(Object.class),
                        result,
                        "Validates an already-parsed document (plain values, never modified, or a " + api.tree()
                                + ") and binds it."))
                .addMethod(delegate(
                        api.validate(),
                        ClassName.get(Object.class),
                        runtime.violations(),
                        "Only validates an already-parsed document (plain values or a " + api.tree()
                                + "); empty when valid."))
                .addMethod(writer(api.write(), record, ClassName.get(String.class), "JSON text"))
                .addMethod(writer(api.writeBytes(), record, TypeName.get(byte[].class), "UTF-8 JSON"))
                .build();
    }

    /**
     * {@code write}/{@code writeBytes}: the value's {@code writeJson} streamed through the mapper's
     * generator, no tree and no databind; what {@code read} reads back to an equal value.
     */
    private static MethodSpec writer(RuntimeMethod runtimeMethod, ClassName type, TypeName returns, String what) {
        return MethodSpec.methodBuilder(runtimeMethod.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "Writes {@code value} as $L through the mapper's generator, streamed by its {@code writeJson}:\n"
                                + "absent members left out, explicit nulls kept, numbers exactly; {@code read} gives an equal\n"
                                + "value back.\n",
                        what)
                .returns(returns)
                .addParameter(type, "value")
                .addStatement(FlatCode.of("return $L", runtimeMethod.on("reading", "value::writeJson")))
                .build();
    }

    /** A reader method of the same name as the {@code JacksonReading} method it delegates to. */
    private static MethodSpec delegate(RuntimeMethod runtimeMethod, TypeName parameter, TypeName returns, String doc) {
        String argument = parameter.equals(ClassName.get(Object.class)) ? "parsed" : "json";
        return MethodSpec.methodBuilder(runtimeMethod.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", doc)
                .returns(returns)
                .addParameter(parameter, argument)
                .addStatement(FlatCode.of("return $L", runtimeMethod.on("reading", "$N", argument)))
                .build();
    }
}
